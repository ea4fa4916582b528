#!/usr/bin/env python3
"""Checks portscope's pages in a real browser (headless Chromium through Selenium).

    check_pages.py --base http://127.0.0.1:PORT --hostile-port P --hostile-name NAME
                   --english FILE --screenshots DIR

Prints one JSON object: per check, what was seen. Loopback only: every URL is --base's.
--english is a JSON list of English catalogue fragments that must not appear on the
Italian pages. Screenshots (light and dark, / and /ports/8080, and 360 px wide) go to DIR.
"""
import argparse, json, socket, sys, time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SECTIONS = ["what", "range", "uses", "host", "bind", "elsewhere", "ephemeral", "faq"]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,2000", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console(driver):
    """Console messages since the last call: errors, and CSP violations (reported as errors)."""
    return [{"level": e.get("level"), "message": e.get("message", "")[:300]} for e in driver.get_log("browser")
            if e.get("level") in ("SEVERE", "WARNING")]


def no_alert(driver):
    try:
        text = driver.switch_to.alert.text
        driver.switch_to.alert.dismiss()
        return False, text
    except NoAlertPresentException:
        return True, None


def scheme(driver, dark):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--hostile-port", type=int, required=True)
    parser.add_argument("--hostile-name", required=True)
    parser.add_argument("--english", required=True)
    parser.add_argument("--screenshots", required=True)
    args = parser.parse_args()
    english = json.load(open(args.english))
    result = {"sections": {}, "console": {}, "hostile": {}, "live": {}, "italian": {}, "narrow": {}, "screenshots": []}
    driver = browser()
    try:
        # Every section on three kinds of port.
        for port in (60776, 443, 8080):
            driver.get(f"{args.base}/ports/{port}")
            found = {}
            for section in SECTIONS:
                elements = driver.find_elements(By.ID, section)
                heading = elements[0].find_elements(By.TAG_NAME, "h2") if elements else []
                found[section] = bool(elements) and bool(heading) and len(elements[0].text.strip()) > len(heading[0].text.strip())
            result["sections"][str(port)] = found
            result["console"][f"/ports/{port}"] = console(driver)
        driver.get(f"{args.base}/")
        result["console"]["/"] = console(driver)

        # A listener whose process name is markup: shown as text, nothing runs.
        driver.get(f"{args.base}/ports/{args.hostile_port}")
        time.sleep(1.0)
        ok, alert = no_alert(driver)
        table = driver.find_element(By.ID, "sockets-body").text
        result["hostile"] = {
            "noAlert": ok, "alert": alert,
            "nameShownAsText": args.hostile_name in table,
            "imagesInMain": len(driver.find_elements(By.CSS_SELECTOR, "main img")),
            "table": table[:500],
            "console": console(driver),
        }

        # A connection opened while the page is open appears without a reload.
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        driver.get(f"{args.base}/ports/{port}")
        marker = driver.execute_script("window.__notReloaded = true; return true;")
        time.sleep(1.0)  # the page's stream is connected and has sent its first rows
        client = socket.create_connection(("127.0.0.1", port))
        client_port = client.getsockname()[1]
        started = time.monotonic()
        seen = None
        try:
            WebDriverWait(driver, 5, poll_frequency=0.05).until(
                lambda d: f"127.0.0.1:{client_port}" in d.find_element(By.ID, "sockets-body").text)
            seen = time.monotonic() - started
        except TimeoutException:
            pass
        result["live"] = {
            "port": port, "clientPort": client_port, "secondsToAppear": seen,
            "sameDocument": bool(marker) and driver.execute_script("return window.__notReloaded === true;"),
            "status": driver.find_element(By.ID, "host-status").text,
            "console": console(driver),
        }
        client.close()
        listener.close()

        # The Italian pages: html lang="it", and no English sentence of the catalogue left.
        for path in ("/ports/60776?lang=it", "/ports/8080?lang=it", "/ports/443?lang=it", "/?lang=it"):
            driver.get(f"{args.base}{path}")
            text = driver.find_element(By.TAG_NAME, "body").text
            left = [fragment for fragment in english if fragment in text]
            result["italian"][path] = {"lang": driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "english": left[:20],
                                       "console": console(driver)}

        # The control: the same check finds the English sentences on the English page.
        driver.get(f"{args.base}/ports/60776?lang=en")
        text = driver.find_element(By.TAG_NAME, "body").text
        result["italian"]["control"] = len([fragment for fragment in english if fragment in text])

        # Screenshots, light and dark; then the narrowest phone.
        for path, name in (("/", "home"), ("/ports/8080", "port-8080")):
            for dark in (False, True):
                scheme(driver, dark)
                driver.get(f"{args.base}{path}")
                file = f"{args.screenshots}/{name}-{'dark' if dark else 'light'}.png"
                driver.save_screenshot(file)
                result["screenshots"].append(file)
        scheme(driver, False)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 800, "deviceScaleFactor": 2, "mobile": True})
        for path in ("/", "/ports/8080", "/ports/60776"):
            driver.get(f"{args.base}{path}")
            width = driver.execute_script("return document.documentElement.scrollWidth;")
            viewport = driver.execute_script("return document.documentElement.clientWidth;")
            result["narrow"][path] = {"scrollWidth": width, "viewport": viewport}
        driver.save_screenshot(f"{args.screenshots}/port-60776-360px.png")
        result["screenshots"].append(f"{args.screenshots}/port-60776-360px.png")
    finally:
        driver.quit()
    json.dump(result, sys.stdout)


main()
