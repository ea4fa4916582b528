import PortscopeLocalization

/// The parts every page shares: the document head (style sheet and script, or the inline
/// style of a file), the header with the search form and the language switch, the footer.
enum PageChrome {
    /// Writes a whole document: head, header, `main`, footer.
    static func document(_ w: inout HTMLWriter, _ context: PageContext, title: String, path: String, footer: String?, main: (inout HTMLWriter) -> Void) {
        let l = context.l
        w.markup("<!DOCTYPE html>\n")
        w.element("html", ["lang": context.language.rawValue]) { w in
            w.element("head") { w in
                w.void("meta", ["charset": "utf-8"])
                w.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                w.void("meta", ["name": "color-scheme", "content": "light dark"])
                switch context.delivery {
                case .served:
                    w.void("link", ["rel": "stylesheet", "href": "/assets/portscope.css"])
                    w.void("link", ["rel": "icon", "href": "/assets/portscope.svg", "type": "image/svg+xml"])
                    w.element("script", ["src": "/assets/portscope.js", "defer": ""]) { _ in }
                case .file:
                    // A file has no server to send a policy header: the same policy as a meta
                    // tag, with no script at all and only this inline style.
                    w.void("meta", ["http-equiv": "Content-Security-Policy", "content": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"])
                    w.element("style") { w in w.markup(PageStyle.css) }
                }
                w.element("title", text: title)
            }
            w.element("body") { w in
                w.element("header", ["class": "top"]) { w in
                    if let home = context.link("/") {
                        w.element("a", ["class": "brand", "href": home], text: "portscope")
                    } else {
                        w.element("span", ["class": "brand"], text: "portscope")
                    }
                    if context.delivery == .served {
                        w.element("form", ["role": "search", "action": "/ports", "method": "get"]) { w in
                            w.element("label", ["for": "q"], text: l(.searchLabel))
                            w.void("input", ["id": "q", "name": "q", "type": "search", "placeholder": l(.searchPlaceholder), "required": "", "maxlength": "64"])
                            w.void("input", ["type": "hidden", "name": "lang", "value": context.language.rawValue])
                            w.element("button", ["type": "submit"], text: l(.searchButton))
                        }
                        w.element("nav", ["aria-label": l(.languageLabel)]) { w in
                            w.element("ul", ["class": "languages"]) { w in
                                for language in Language.allCases {
                                    w.element("li") { w in
                                        if language == context.language {
                                            w.element("span", ["aria-current": "page", "lang": language.rawValue], text: language.nativeName)
                                        } else {
                                            w.element("a", ["href": path + "?lang=" + language.rawValue, "lang": language.rawValue, "hreflang": language.rawValue], text: language.nativeName)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main(&w)
                if let footer {
                    w.element("footer") { w in w.element("p", text: footer) }
                }
            }
        }
        w.markup("\n")
    }

    /// A section with its heading: `<section id aria-labelledby><h2 id>title</h2>…`.
    static func section(_ w: inout HTMLWriter, id: String, title: String, _ content: (inout HTMLWriter) -> Void) {
        w.element("section", ["id": id, "aria-labelledby": id + "-title"]) { w in
            w.element("h2", ["id": id + "-title"], text: title)
            content(&w)
        }
    }

    /// A table in a scrolling wrapper (narrow screens scroll the table, not the page).
    static func table(_ w: inout HTMLWriter, caption: String?, headers: [String], rows: [[String]], bodyID: String? = nil, empty: String? = nil, numeric: Set<Int> = []) {
        w.element("div", ["class": "scroll"]) { w in
            w.element("table") { w in
                if let caption { w.element("caption", text: caption) }
                w.element("thead") { w in
                    w.element("tr") { w in
                        for header in headers { w.element("th", ["scope": "col"], text: header) }
                    }
                }
                w.element("tbody", ["id": bodyID]) { w in
                    if rows.isEmpty, let empty {
                        w.element("tr") { w in w.element("td", ["colspan": String(headers.count), "class": "empty"], text: empty) }
                    }
                    for row in rows {
                        w.element("tr") { w in
                            for (index, cell) in row.enumerated() {
                                w.element("td", ["class": numeric.contains(index) ? "num" : nil], text: cell)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The footer line: where the registry data comes from.
    static func footer(_ l: Localizer, updated: String, source: String) -> String {
        l(.footerSource, ["date": updated, "source": source == "builtin" ? l(.sourceBuiltin) : source])
    }
}
