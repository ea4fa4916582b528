// GENERATED FILE — do not edit.
// Made by `swift run portscope-registry-gen` from IANA's service-names-port-numbers.csv
// (https://www.iana.org/assignments/service-names-port-numbers/). Format: docs/registry-format.md.
// Regenerate: swift run portscope-registry-gen ../shared/data/iana/service-names-port-numbers.csv

extension ServiceRegistry {
    /// IANA's registry in ``RegistryFormat``.
    static let builtinText = #"""
#portscope-registry 1	updated=2025-03-28	rows=14474	maxspan=828	source=service-names-port-numbers.csv
0	t	r		Reserved	RFC6335				2024-12-20
0	u	r		Reserved	RFC6335				2024-12-20
1	t	a	tcpmux	TCP Port Service Multiplexer					
1	u	a	tcpmux	TCP Port Service Multiplexer					
2	t	r		Reserved		De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]			2025-02-13
2	u	r		Reserved		De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]			2025-02-13
3	t	r		Reserved		De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]			2025-02-13
3	u	r		Reserved		De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]			2025-02-13
4	t	u		Unassigned					
4	u	u		Unassigned					
5	t	a	rje	Remote Job Entry					
5	u	a	rje	Remote Job Entry					
6	t	u		Unassigned					
6	u	u		Unassigned					
7	t	a	echo	Echo					
7	u	a	echo	Echo					
8	t	u		Unassigned					
8	u	u		Unassigned					
9	t	a	discard	Discard					
9	u	a	discard	Discard					
9	s	a	discard	Discard	RFC9260				2022-02-07
9	d	a	discard	Discard	RFC4340				
10	t	u		Unassigned					
10	u	u		Unassigned					
11	t	a	systat	Active Users					
11	u	a	systat	Active Users					
12	t	u		Unassigned					
12	u	u		Unassigned					
13	t	a	daytime	Daytime	RFC867				
13	u	a	daytime	Daytime	RFC867				
14	t	u		Unassigned					
14	u	u		Unassigned					
15	t	u		Unassigned [was netstat]					
15	u	u		Unassigned					
16	t	u		Unassigned					
16	u	u		Unassigned					
17	t	a	qotd	Quote of the Day					
17	u	a	qotd	Quote of the Day					
18	t	a	msp	Message Send Protocol (historic)					
18	u	a	msp	Message Send Protocol (historic)					
19	t	a	chargen	Character Generator					
19	u	a	chargen	Character Generator					
20	t	a	ftp-data	File Transfer [Default Data]					
20	u	a	ftp-data	File Transfer [Default Data]					
20	s	a	ftp-data	FTP	RFC9260				2022-02-07
21	t	a	ftp	File Transfer Protocol [Control]	RFC959	Defined TXT keys: u=<username> p=<password> path=<path>			
21	u	a	ftp	File Transfer Protocol [Control]	RFC959	Defined TXT keys: u=<username> p=<password> path=<path>			
21	s	a	ftp	FTP	RFC9260	Defined TXT keys: u=<username> p=<password> path=<path>			2022-02-07
22	t	a	ssh	The Secure Shell (SSH) Protocol	RFC4251	Defined TXT keys: u=<username> p=<password>			
22	u	a	ssh	The Secure Shell (SSH) Protocol	RFC4251	Defined TXT keys: u=<username> p=<password>			
22	s	a	ssh	SSH	RFC9260	Defined TXT keys: u=<username> p=<password>			2022-02-07
23	t	a	telnet	Telnet	RFC854	Defined TXT keys: u=<username> p=<password>			
23	u	a	telnet	Telnet	RFC854	Defined TXT keys: u=<username> p=<password>			
24	t	r		any private mail system					
24	u	r		any private mail system					
25	t	a	smtp	Simple Mail Transfer	RFC5321				2017-06-05
25	u	a	smtp	Simple Mail Transfer	RFC5321				2017-06-05
26	t	u		Unassigned					
26	u	u		Unassigned					
27	t	a	nsw-fe	NSW User System FE					
27	u	a	nsw-fe	NSW User System FE					
28	t	u		Unassigned					
28	u	u		Unassigned					
29	t	a	msg-icp	MSG ICP					
29	u	a	msg-icp	MSG ICP					
30	t	u		Unassigned					
30	u	u		Unassigned					
31	t	a	msg-auth	MSG Authentication					
31	u	a	msg-auth	MSG Authentication					
32	t	u		Unassigned					
32	u	u		Unassigned					
33	t	a	dsp	Display Support Protocol					
33	u	a	dsp	Display Support Protocol					
34	t	u		Unassigned					
34	u	u		Unassigned					
35	t	r		any private printer server					
35	u	r		any private printer server					
36	t	u		Unassigned					
36	u	u		Unassigned					
37	t	a	time	Time					
37	u	a	time	Time					
38	t	a	rap	Route Access Protocol					
38	u	a	rap	Route Access Protocol					
39	t	a	rlp	Resource Location Protocol					
39	u	a	rlp	Resource Location Protocol					
40	t	u		Unassigned					
40	u	u		Unassigned					
41	t	a	graphics	Graphics					
41	u	a	graphics	Graphics					
42	t	a	name	Host Name Server					
42	u	a	name	Host Name Server					
42	t	a	nameserver	Host Name Server					
42	u	a	nameserver	Host Name Server					
43	t	a	nicname	Who Is					
43	u	a	nicname	Who Is					
44	t	a	mpm-flags	MPM FLAGS Protocol					
44	u	a	mpm-flags	MPM FLAGS Protocol					
45	t	a	mpm	Message Processing Module [recv]					
45	u	a	mpm	Message Processing Module [recv]					
46	t	a	mpm-snd	MPM [default send]					
46	u	a	mpm-snd	MPM [default send]					
47	t	r		Reserved		This entry has been removed on 2017-05-18.			2017-05-18
47	u	r		Reserved		This entry has been removed on 2017-05-18.			2017-05-18
48	t	a	auditd	Digital Audit Daemon					
48	u	a	auditd	Digital Audit Daemon					
49	t	a	tacacs	Login Host Protocol (TACACS)					
49	u	a	tacacs	Login Host Protocol (TACACS)					
50	t	a	re-mail-ck	Remote Mail Checking Protocol					
50	u	a	re-mail-ck	Remote Mail Checking Protocol					
51	tu	r		Reserved		This entry is being removed on 2013-05-24.			2013-05-24
52	t	a	xns-time	XNS Time Protocol					
52	u	a	xns-time	XNS Time Protocol					
53	t	a	domain	Domain Name Server					
53	u	a	domain	Domain Name Server					
54	t	a	xns-ch	XNS Clearinghouse					
54	u	a	xns-ch	XNS Clearinghouse					
55	t	a	isi-gl	ISI Graphics Language					
55	u	a	isi-gl	ISI Graphics Language					
56	t	a	xns-auth	XNS Authentication					
56	u	a	xns-auth	XNS Authentication					
57	t	r		any private terminal access					
57	u	r		any private terminal access					
58	t	a	xns-mail	XNS Mail					
58	u	a	xns-mail	XNS Mail					
59	t	r		any private file service					
59	u	r		any private file service					
60	t	u		Unassigned					
60	u	u		Unassigned					
61	t	r		Reserved		This entry has been removed on 2017-05-18.			2017-05-18
61	u	r		Reserved		This entry has been removed on 2017-05-18.			2017-05-18
62	t	a	acas	ACA Services					
62	u	a	acas	ACA Services					
63	t	a	whoispp	whois++\nIANA assigned this well-formed service name as a replacement for "whois++".					
63	t	a	whois++	whois++		This entry is an alias to "whoispp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
63	u	a	whoispp	whois++\nIANA assigned this well-formed service name as a replacement for "whois++".					
63	u	a	whois++	whois++		This entry is an alias to "whoispp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
64	t	a	covia	Communications Integrator (CI)					
64	u	a	covia	Communications Integrator (CI)					
65	t	a	tacacs-ds	TACACS-Database Service					
65	u	a	tacacs-ds	TACACS-Database Service					
66	t	a	sql-net	Oracle SQL*NET\nIANA assigned this well-formed service name as a replacement for "sql*net".					
66	t	a	sql*net	Oracle SQL*NET		This entry is an alias to "sql-net".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
66	u	a	sql-net	Oracle SQL*NET\nIANA assigned this well-formed service name as a replacement for "sql*net".					
66	u	a	sql*net	Oracle SQL*NET		This entry is an alias to "sql-net".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
67	t	a	bootps	Bootstrap Protocol Server	RFC951	Defined TXT keys: None			
67	u	a	bootps	Bootstrap Protocol Server					
68	t	a	bootpc	Bootstrap Protocol Client					
68	u	a	bootpc	Bootstrap Protocol Client					
69	t	a	tftp	Trivial File Transfer					
69	u	a	tftp	Trivial File Transfer					
70	t	a	gopher	Gopher					
70	u	a	gopher	Gopher					
71	t	a	netrjs-1	Remote Job Service					
71	u	a	netrjs-1	Remote Job Service					
72	t	a	netrjs-2	Remote Job Service					
72	u	a	netrjs-2	Remote Job Service					
73	t	a	netrjs-3	Remote Job Service					
73	u	a	netrjs-3	Remote Job Service					
74	t	a	netrjs-4	Remote Job Service					
74	u	a	netrjs-4	Remote Job Service					
75	t	r		any private dial out service					
75	u	r		any private dial out service					
76	t	a	deos	Distributed External Object Store					
76	u	a	deos	Distributed External Object Store					
77	t	r		any private RJE service					
77	u	r		any private RJE service					
78	t	a	vettcp	vettcp					
78	u	a	vettcp	vettcp					
79	t	a	finger	Finger			Unauthorized use by some mail users (see [RFC4146] for details)		
79	u	a	finger	Finger			Unauthorized use by some mail users (see [RFC4146] for details)		
80	t	a	http	World Wide Web HTTP	RFC9110	Defined TXT keys: u=<username> p=<password> path=<path to document>			2021-10-01
80	u	a	http	World Wide Web HTTP	RFC9110	Defined TXT keys: u=<username> p=<password> path=<path to document>			2021-10-01
80	t	a	www	World Wide Web HTTP	RFC9110	This is a duplicate of the "http" service and should not be used for discovery purposes.			2021-10-01
80	u	a	www	World Wide Web HTTP	RFC9110	This is a duplicate of the "http" service and should not be used for discovery purposes.			2021-10-01
80	t	a	www-http	World Wide Web HTTP		This is a duplicate of the "http" service and should not be used for discovery purposes.\n      u=<username> p=<password> path=<path to document>\n        (see txtrecords.html#http)\n        Known Subtypes: _printer\n        NOTE: The meaning of this service type, though called just "http", actually\n        denotes something more precise than just "any data transported using HTTP".\n        The DNS-SD service type "http" should only be used to advertise content that:\n        * is served over HTTP,\n        * can be displayed by "typical" web browser client software, and\n        * is intented primarily to be viewed by a human user.\n        Of course, the definition of "typical web browser" is subjective, and may\n        change over time, but for practical purposes the DNS-SD service type "http"\n        can be understood as meaning "human-readable HTML content served over HTTP".\n        In some cases other widely-supported content types may also be appropriate,\n        such as plain text over HTTP, or JPEG image over HTTP.\n        Content types not intented primarily for viewing by a human user, or not\n        widely-supported in web browsing clients, should not be advertised as\n        DNS-SD service type "http", even if they do happen to be transported over HTTP.\n        Such types should be advertised as their own logical service type with their\n        own DNS-SD service type, for example, XUL (XML User Interface Language)\n        transported over HTTP is advertised explicitly as DNS-SD service type "xul-http".			
80	u	a	www-http	World Wide Web HTTP		This is a duplicate of the "http" service and should not be used for discovery purposes.\n      u=<username> p=<password> path=<path to document>\n      (see txtrecords.html#http)\n      Known Subtypes: _printer\n      NOTE: The meaning of this service type, though called just "http", actually\n      denotes something more precise than just "any data transported using HTTP".\n      The DNS-SD service type "http" should only be used to advertise content that:\n      * is served over HTTP,\n      * can be displayed by "typical" web browser client software, and\n      * is intented primarily to be viewed by a human user.\n      Of course, the definition of "typical web browser" is subjective, and may\n      change over time, but for practical purposes the DNS-SD service type "http"\n      can be understood as meaning "human-readable HTML content served over HTTP".\n      In some cases other widely-supported content types may also be appropriate,\n      such as plain text over HTTP, or JPEG image over HTTP.\n      Content types not intented primarily for viewing by a human user, or not\n      widely-supported in web browsing clients, should not be advertised as\n      DNS-SD service type "http", even if they do happen to be transported over HTTP.\n      Such types should be advertised as their own logical service type with their\n      own DNS-SD service type, for example, XUL (XML User Interface Language)\n      transported over HTTP is advertised explicitly as DNS-SD service type "xul-http".			
80	s	a	http	HTTP	RFC9260	Defined TXT keys: u=<username> p=<password> path=<path to document>			2022-02-07
81	tu	u		Unassigned					2007-09-06
82	t	a	xfer	XFER Utility					
82	u	a	xfer	XFER Utility					
83	t	a	mit-ml-dev	MIT ML Device					
83	u	a	mit-ml-dev	MIT ML Device					
84	t	a	ctf	Common Trace Facility					
84	u	a	ctf	Common Trace Facility					
85	t	a	mit-ml-dev	MIT ML Device					
85	u	a	mit-ml-dev	MIT ML Device					
86	t	a	mfcobol	Micro Focus Cobol					
86	u	a	mfcobol	Micro Focus Cobol					
87	t	r		any private terminal link					
87	u	r		any private terminal link					
88	t	a	kerberos	Kerberos	RFC4120				2022-02-18
88	u	a	kerberos	Kerberos	RFC4120				2022-02-18
89	t	a	su-mit-tg	SU/MIT Telnet Gateway					
89	u	a	su-mit-tg	SU/MIT Telnet Gateway					
90	t	a	dnsix	DNSIX Securit Attribute Token Map			PORT 90 also being used unofficially by Pointcast		
90	u	a	dnsix	DNSIX Securit Attribute Token Map			PORT 90 also being used unofficially by Pointcast		
91	t	a	mit-dov	MIT Dover Spooler					
91	u	a	mit-dov	MIT Dover Spooler					
92	t	a	npp	Network Printing Protocol					
92	u	a	npp	Network Printing Protocol					
93	t	a	dcp	Device Control Protocol					
93	u	a	dcp	Device Control Protocol					
94	t	a	objcall	Tivoli Object Dispatcher					
94	u	a	objcall	Tivoli Object Dispatcher					
95	t	a	supdup	SUPDUP					
95	u	a	supdup	SUPDUP					
96	t	a	dixie	DIXIE Protocol Specification					
96	u	a	dixie	DIXIE Protocol Specification					
97	t	a	swift-rvf	Swift Remote Virtural File Protocol					
97	u	a	swift-rvf	Swift Remote Virtural File Protocol					
98	t	a	tacnews	TAC News					
98	u	a	tacnews	TAC News					
99	t	a	metagram	Metagram Relay					
99	u	a	metagram	Metagram Relay					
100	tu	u		Unassigned			Known Unauthorized Use on 100		2012-03-21
101	t	a	hostname	NIC Host Name Server					
101	u	a	hostname	NIC Host Name Server					
102	t	a	iso-tsap	ISO-TSAP Class 0					
102	u	a	iso-tsap	ISO-TSAP Class 0					
103	t	a	gppitnp	Genesis Point-to-Point Trans Net					
103	u	a	gppitnp	Genesis Point-to-Point Trans Net					
104	t	a	acr-nema	ACR-NEMA Digital Imag. & Comm. 300					
104	u	a	acr-nema	ACR-NEMA Digital Imag. & Comm. 300					
105	t	a	cso	CCSO name server protocol					
105	u	a	cso	CCSO name server protocol					
105	t	a	csnet-ns	Mailbox Name Nameserver					
105	u	a	csnet-ns	Mailbox Name Nameserver					
106	t	a	3com-tsmux	3COM-TSMUX			Known Unauthorized Use on 106		
106	u	a	3com-tsmux	3COM-TSMUX			Known Unauthorized Use on 106		
107	t	a	rtelnet	Remote Telnet Service					
107	u	a	rtelnet	Remote Telnet Service					
108	t	a	snagas	SNA Gateway Access Server					
108	u	a	snagas	SNA Gateway Access Server					
109	t	a	pop2	Post Office Protocol - Version 2					
109	u	a	pop2	Post Office Protocol - Version 2					
110	t	a	pop3	Post Office Protocol - Version 3					
110	u	a	pop3	Post Office Protocol - Version 3					
111	t	a	sunrpc	SUN Remote Procedure Call					
111	u	a	sunrpc	SUN Remote Procedure Call					
112	t	a	mcidas	McIDAS Data Transmission Protocol					
112	u	a	mcidas	McIDAS Data Transmission Protocol					
113	t	a	ident						
113	t	a	auth	Authentication Service					
113	u	a	auth	Authentication Service					
114	tu	u		unassigned		Deprecated June 2004			
115	t	a	sftp	Simple File Transfer Protocol					
115	u	a	sftp	Simple File Transfer Protocol					
116	t	a	ansanotify	ANSA REX Notify					
116	u	a	ansanotify	ANSA REX Notify					
117	t	a	uucp-path	UUCP Path Service					
117	u	a	uucp-path	UUCP Path Service					
118	t	a	sqlserv	SQL Services					
118	u	a	sqlserv	SQL Services					
119	t	a	nntp	Network News Transfer Protocol	RFC3977				2018-07-06
119	u	a	nntp	Network News Transfer Protocol	RFC3977				2018-07-06
120	t	a	cfdptkt	CFDPTKT					
120	u	a	cfdptkt	CFDPTKT					
121	t	a	erpc	Encore Expedited Remote Pro.Call					
121	u	a	erpc	Encore Expedited Remote Pro.Call					
122	t	a	smakynet	SMAKYNET					
122	u	a	smakynet	SMAKYNET					
123	t	a	ntp	Network Time Protocol	RFC5905				
123	u	a	ntp	Network Time Protocol	RFC5905				
124	t	a	ansatrader	ANSA REX Trader					
124	u	a	ansatrader	ANSA REX Trader					
125	t	a	locus-map	Locus PC-Interface Net Map Ser					
125	u	a	locus-map	Locus PC-Interface Net Map Ser					
126	t	a	nxedit	NXEdit		Port 126 Previously assigned to application below\nunitary         126/tcp    Unisys Unitary Login\nunitary         126/udp    Unisys Unitary Login\n<feil&kronos.nisd.cam.unisys.com>\nPort 126 Previously assigned to application above			
126	u	a	nxedit	NXEdit		Port 126 Previously assigned to application below\nunitary         126/tcp    Unisys Unitary Login\nunitary         126/udp    Unisys Unitary Login\n<feil&kronos.nisd.cam.unisys.com>\nPort 126 Previously assigned to application above			
127	t	a	locus-con	Locus PC-Interface Conn Server					
127	u	a	locus-con	Locus PC-Interface Conn Server					
128	t	a	gss-xlicen	GSS X License Verification					
128	u	a	gss-xlicen	GSS X License Verification					
129	t	a	pwdgen	Password Generator Protocol					
129	u	a	pwdgen	Password Generator Protocol					
130	t	a	cisco-fna	cisco FNATIVE					
130	u	a	cisco-fna	cisco FNATIVE					
131	t	a	cisco-tna	cisco TNATIVE					
131	u	a	cisco-tna	cisco TNATIVE					
132	t	a	cisco-sys	cisco SYSMAINT					
132	u	a	cisco-sys	cisco SYSMAINT					
133	t	a	statsrv	Statistics Service					
133	u	a	statsrv	Statistics Service					
134	t	a	ingres-net	INGRES-NET Service					
134	u	a	ingres-net	INGRES-NET Service					
135	t	a	epmap	DCE endpoint resolution					
135	u	a	epmap	DCE endpoint resolution					
136	t	a	profile	PROFILE Naming System					
136	u	a	profile	PROFILE Naming System					
137	t	a	netbios-ns	NETBIOS Name Service					
137	u	a	netbios-ns	NETBIOS Name Service					
138	t	a	netbios-dgm	NETBIOS Datagram Service					
138	u	a	netbios-dgm	NETBIOS Datagram Service					
139	t	a	netbios-ssn	NETBIOS Session Service					
139	u	a	netbios-ssn	NETBIOS Session Service					
140	t	a	emfis-data	EMFIS Data Service					
140	u	a	emfis-data	EMFIS Data Service					
141	t	a	emfis-cntl	EMFIS Control Service					
141	u	a	emfis-cntl	EMFIS Control Service					
142	t	a	bl-idm	Britton-Lee IDM					
142	u	a	bl-idm	Britton-Lee IDM					
143	t	a	imap	Internet Message Access Protocol	RFC3501|RFC9051				2021-02-22
143	u	r		Reserved	RFC9051				2021-02-22
144	t	a	uma	Universal Management Architecture					
144	u	a	uma	Universal Management Architecture					
145	t	a	uaac	UAAC Protocol					
145	u	a	uaac	UAAC Protocol					
146	t	a	iso-tp0	ISO-IP0					
146	u	a	iso-tp0	ISO-IP0					
147	t	a	iso-ip	ISO-IP					
147	u	a	iso-ip	ISO-IP					
148	t	a	jargon	Jargon					
148	u	a	jargon	Jargon					
149	t	a	aed-512	AED 512 Emulation Service					
149	u	a	aed-512	AED 512 Emulation Service					
150	t	a	sql-net	SQL-NET					
150	u	a	sql-net	SQL-NET					
151	t	a	hems	HEMS					
151	u	a	hems	HEMS					
152	t	a	bftp	Background File Transfer Program					
152	u	a	bftp	Background File Transfer Program					
153	t	a	sgmp	SGMP					
153	u	a	sgmp	SGMP					
154	t	a	netsc-prod	NETSC					
154	u	a	netsc-prod	NETSC					
155	t	a	netsc-dev	NETSC					
155	u	a	netsc-dev	NETSC					
156	t	a	sqlsrv	SQL Service					
156	u	a	sqlsrv	SQL Service					
157	t	a	knet-cmp	KNET/VM Command/Message Protocol					
157	u	a	knet-cmp	KNET/VM Command/Message Protocol					
158	t	a	pcmail-srv	PCMail Server					
158	u	a	pcmail-srv	PCMail Server					
159	t	a	nss-routing	NSS-Routing					
159	u	a	nss-routing	NSS-Routing					
160	t	a	sgmp-traps	SGMP-TRAPS					
160	u	a	sgmp-traps	SGMP-TRAPS					
161	t	a	snmp	SNMP					
161	u	a	snmp	SNMP					
162	t	a	snmptrap	SNMPTRAP					
162	u	a	snmptrap	SNMPTRAP					
163	t	a	cmip-man	CMIP/TCP Manager					
163	u	a	cmip-man	CMIP/TCP Manager					
164	t	a	cmip-agent	CMIP/TCP Agent					
164	u	a	cmip-agent	CMIP/TCP Agent					
165	t	a	xns-courier	Xerox					
165	u	a	xns-courier	Xerox					
166	t	a	s-net	Sirius Systems					
166	u	a	s-net	Sirius Systems					
167	t	a	namp	NAMP					
167	u	a	namp	NAMP					
168	t	a	rsvd	RSVD					2008-05-01
168	u	a	rsvd	RSVD					2008-05-01
169	t	a	send	SEND					2019-04-22
169	u	a	send	SEND					2019-04-22
170	t	a	print-srv	Network PostScript					
170	u	a	print-srv	Network PostScript					
171	t	a	multiplex	Network Innovations Multiplex					
171	u	a	multiplex	Network Innovations Multiplex					
172	t	a	cl-1	Network Innovations CL/1\nIANA assigned this well-formed service name as a replacement for "cl/1".					
172	t	a	cl/1	Network Innovations CL/1		This entry is an alias to "cl-1".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
172	u	a	cl-1	Network Innovations CL/1\nIANA assigned this well-formed service name as a replacement for "cl/1".					
172	u	a	cl/1	Network Innovations CL/1		This entry is an alias to "cl-1".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
173	t	a	xyplex-mux	Xyplex					
173	u	a	xyplex-mux	Xyplex					
174	t	a	mailq	MAILQ					
174	u	a	mailq	MAILQ					
175	t	a	vmnet	VMNET					
175	u	a	vmnet	VMNET					
176	t	a	genrad-mux	GENRAD-MUX					
176	u	a	genrad-mux	GENRAD-MUX					
177	t	a	xdmcp	X Display Manager Control Protocol					
177	u	a	xdmcp	X Display Manager Control Protocol					
178	t	a	nextstep	NextStep Window Server					
178	u	a	nextstep	NextStep Window Server					
179	t	a	bgp	Border Gateway Protocol					
179	u	a	bgp	Border Gateway Protocol					
179	s	a	bgp	BGP	RFC9260				2022-02-07
180	t	a	ris	Intergraph					
180	u	a	ris	Intergraph					
181	t	a	unify	Unify					2012-07-31
181	u	a	unify	Unify					2012-07-31
182	t	a	audit	Unisys Audit SITP					
182	u	a	audit	Unisys Audit SITP					
183	t	a	ocbinder	OCBinder					
183	u	a	ocbinder	OCBinder					
184	t	a	ocserver	OCServer					
184	u	a	ocserver	OCServer					
185	t	a	remote-kis	Remote-KIS					
185	u	a	remote-kis	Remote-KIS					
186	t	a	kis	KIS Protocol					
186	u	a	kis	KIS Protocol					
187	t	a	aci	Application Communication Interface					
187	u	a	aci	Application Communication Interface					
188	t	a	mumps	Plus Five's MUMPS					
188	u	a	mumps	Plus Five's MUMPS					
189	t	a	qft	Queued File Transport					
189	u	a	qft	Queued File Transport					
190	t	a	gacp	Gateway Access Control Protocol					
190	u	a	gacp	Gateway Access Control Protocol					
191	t	a	prospero	Prospero Directory Service					
191	u	a	prospero	Prospero Directory Service					
192	t	a	osu-nms	OSU Network Monitoring System					
192	u	a	osu-nms	OSU Network Monitoring System					
193	t	a	srmp	Spider Remote Monitoring Protocol					
193	u	a	srmp	Spider Remote Monitoring Protocol					
194	t	a	irc	Internet Relay Chat Protocol					
194	u	a	irc	Internet Relay Chat Protocol					
195	t	a	dn6-nlm-aud	DNSIX Network Level Module Audit					
195	u	a	dn6-nlm-aud	DNSIX Network Level Module Audit					
196	t	a	dn6-smm-red	DNSIX Session Mgt Module Audit Redir					
196	u	a	dn6-smm-red	DNSIX Session Mgt Module Audit Redir					
197	t	a	dls	Directory Location Service					
197	u	a	dls	Directory Location Service					
198	t	a	dls-mon	Directory Location Service Monitor					
198	u	a	dls-mon	Directory Location Service Monitor					
199	t	a	smux	SMUX					
199	u	a	smux	SMUX					
200	t	a	src	IBM System Resource Controller					
200	u	a	src	IBM System Resource Controller					
201	t	a	at-rtmp	AppleTalk Routing Maintenance					
201	u	a	at-rtmp	AppleTalk Routing Maintenance					
202	t	a	at-nbp	AppleTalk Name Binding					
202	u	a	at-nbp	AppleTalk Name Binding					
203	t	a	at-3	AppleTalk Unused					
203	u	a	at-3	AppleTalk Unused					
204	t	a	at-echo	AppleTalk Echo					
204	u	a	at-echo	AppleTalk Echo					
205	t	a	at-5	AppleTalk Unused					
205	u	a	at-5	AppleTalk Unused					
206	t	a	at-zis	AppleTalk Zone Information					
206	u	a	at-zis	AppleTalk Zone Information					
207	t	a	at-7	AppleTalk Unused					
207	u	a	at-7	AppleTalk Unused					
208	t	a	at-8	AppleTalk Unused					
208	u	a	at-8	AppleTalk Unused					
209	t	a	qmtp	The Quick Mail Transfer Protocol					2018-04-05
209	u	a	qmtp	The Quick Mail Transfer Protocol					2018-04-05
210	t	a	z39-50	ANSI Z39.50\nIANA assigned this well-formed service name as a replacement for "z39.50".					
210	t	a	z39.50	ANSI Z39.50		This entry is an alias to "z39-50".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
210	u	a	z39-50	ANSI Z39.50\nIANA assigned this well-formed service name as a replacement for "z39.50".					
210	u	a	z39.50	ANSI Z39.50		This entry is an alias to "z39-50".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
211	t	a	914c-g	Texas Instruments 914C/G Terminal\nIANA assigned this well-formed service name as a replacement for "914c/g".					
211	t	a	914c/g	Texas Instruments 914C/G Terminal		This entry is an alias to "914c-g".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
211	u	a	914c-g	Texas Instruments 914C/G Terminal\nIANA assigned this well-formed service name as a replacement for "914c/g".					
211	u	a	914c/g	Texas Instruments 914C/G Terminal		This entry is an alias to "914c-g".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
212	t	a	anet	ATEXSSTR					
212	u	a	anet	ATEXSSTR					
213	t	a	ipx	IPX					
213	u	a	ipx	IPX					
214	t	a	vmpwscs	VM PWSCS					
214	u	a	vmpwscs	VM PWSCS					
215	t	a	softpc	Insignia Solutions					
215	u	a	softpc	Insignia Solutions					
216	t	a	CAIlic	Computer Associates Int'l License Server					
216	u	a	CAIlic	Computer Associates Int'l License Server					
217	t	a	dbase	dBASE Unix					
217	u	a	dbase	dBASE Unix					
218	t	a	mpp	Netix Message Posting Protocol					
218	u	a	mpp	Netix Message Posting Protocol					
219	t	a	uarps	Unisys ARPs					
219	u	a	uarps	Unisys ARPs					
220	t	a	imap3	Interactive Mail Access Protocol v3					
220	u	a	imap3	Interactive Mail Access Protocol v3					
221	t	a	fln-spx	Berkeley rlogind with SPX auth					
221	u	a	fln-spx	Berkeley rlogind with SPX auth					
222	t	a	rsh-spx	Berkeley rshd with SPX auth					
222	u	a	rsh-spx	Berkeley rshd with SPX auth					
223	t	a	cdc	Certificate Distribution Center					
223	u	a	cdc	Certificate Distribution Center					
224	t	a	masqdialer	masqdialer		Possible Conflict of Port 222 with "Masqdialer"			
224	u	a	masqdialer	masqdialer		Possible Conflict of Port 222 with "Masqdialer"			
225-241	tu	r		Reserved	RFC1060				2024-12-20
242	t	a	direct	Direct					
242	u	a	direct	Direct					
243	t	a	sur-meas	Survey Measurement					
243	u	a	sur-meas	Survey Measurement					
244	t	a	inbusiness	inbusiness					
244	u	a	inbusiness	inbusiness					
245	t	a	link	LINK					
245	u	a	link	LINK					
246	t	a	dsp3270	Display Systems Protocol					
246	u	a	dsp3270	Display Systems Protocol					
247	t	a	subntbcst-tftp	SUBNTBCST_TFTP\nIANA assigned this well-formed service name as a replacement for "subntbcst_tftp".					
247	t	a	subntbcst_tftp	SUBNTBCST_TFTP		This entry is an alias to "subntbcst-tftp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
247	u	a	subntbcst-tftp	SUBNTBCST_TFTP\nIANA assigned this well-formed service name as a replacement for "subntbcst_tftp".					
247	u	a	subntbcst_tftp	SUBNTBCST_TFTP		This entry is an alias to "subntbcst-tftp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
248	t	a	bhfhs	bhfhs					
248	u	a	bhfhs	bhfhs					
249-255	tu	r		Reserved	RFC1060				2024-12-20
256	t	a	rap	RAP					
256	u	a	rap	RAP					
257	t	a	set	Secure Electronic Transaction					
257	u	a	set	Secure Electronic Transaction					
258	tu	u		Unassigned					2006-09-13
259	t	a	esro-gen	Efficient Short Remote Operations					
259	u	a	esro-gen	Efficient Short Remote Operations					
260	t	a	openport	Openport					
260	u	a	openport	Openport					
261	t	a	nsiiops	IIOP Name Service over TLS/SSL					
261	u	a	nsiiops	IIOP Name Service over TLS/SSL					
262	t	a	arcisdms	Arcisdms					
262	u	a	arcisdms	Arcisdms					
263	t	a	hdap	HDAP					
263	u	a	hdap	HDAP					
264	t	a	bgmp	BGMP					
264	u	a	bgmp	BGMP					
265	t	a	x-bone-ctl	X-Bone CTL					
265	u	a	x-bone-ctl	X-Bone CTL					
266	t	a	sst	SCSI on ST					
266	u	a	sst	SCSI on ST					
267	t	a	td-service	Tobit David Service Layer					
267	u	a	td-service	Tobit David Service Layer					
268	t	a	td-replica	Tobit David Replica					
268	u	a	td-replica	Tobit David Replica					
269	t	a	manet	MANET Protocols	RFC5498				
269	u	a	manet	MANET Protocols	RFC5498				
270	t	r		Reserved					
270	u	a	gist	Q-mode encapsulation for GIST messages	RFC5971				
271	t	a	pt-tls	IETF Network Endpoint Assessment (NEA) Posture Transport Protocol over TLS (PT-TLS)	RFC6876			2012-07-31	
271	u	r		Reserved					
272-279	tu	u		Unassigned					
280	t	a	http-mgmt	http-mgmt					
280	u	a	http-mgmt	http-mgmt					
281	t	a	personal-link	Personal Link					
281	u	a	personal-link	Personal Link					
282	t	a	cableport-ax	Cable Port A/X					
282	u	a	cableport-ax	Cable Port A/X					
283	t	a	rescap	rescap					
283	u	a	rescap	rescap					
284	t	a	corerjd	corerjd					
284	u	a	corerjd	corerjd					
285	tu	u		Unassigned					
286	t	a	fxp	FXP Communication					
286	u	a	fxp	FXP Communication					
287	t	a	k-block	K-BLOCK					
287	u	a	k-block	K-BLOCK					
288-307	tu	u		Unassigned					
308	t	a	novastorbakcup	Novastor Backup					
308	u	a	novastorbakcup	Novastor Backup					
309	t	a	entrusttime	EntrustTime					
309	u	a	entrusttime	EntrustTime					
310	t	a	bhmds	bhmds					
310	u	a	bhmds	bhmds					
311	t	a	asip-webadmin	AppleShare IP WebAdmin					
311	u	a	asip-webadmin	AppleShare IP WebAdmin					
312	t	a	vslmp	VSLMP					
312	u	a	vslmp	VSLMP					
313	t	a	magenta-logic	Magenta Logic					
313	u	a	magenta-logic	Magenta Logic					
314	t	a	opalis-robot	Opalis Robot					
314	u	a	opalis-robot	Opalis Robot					
315	t	a	dpsi	DPSI					
315	u	a	dpsi	DPSI					
316	t	a	decauth	decAuth					
316	u	a	decauth	decAuth					
317	t	a	zannet	Zannet					
317	u	a	zannet	Zannet					
318	t	a	pkix-timestamp	PKIX TimeStamp					
318	u	a	pkix-timestamp	PKIX TimeStamp					
319	t	a	ptp-event	PTP Event				2010-07-27	
319	u	a	ptp-event	PTP Event				2010-07-27	
320	t	a	ptp-general	PTP General				2010-07-27	
320	u	a	ptp-general	PTP General				2010-07-27	
321	t	a	pip	PIP					
321	u	a	pip	PIP					
322	t	a	rtsps	RTSPS					
322	u	a	rtsps	RTSPS					
323	t	a	rpki-rtr	Resource PKI to Router Protocol	RFC6810				
323	u	r		Reserved					
324	t	a	rpki-rtr-tls	Resource PKI to Router Protocol over TLS	RFC6810				
324	u	r		Reserved					
325-332	tu	u		Unassigned					
333	t	a	texar	Texar Security Port					
333	u	a	texar	Texar Security Port					
334-343	tu	u		Unassigned					
344	t	a	pdap	Prospero Data Access Protocol					
344	u	a	pdap	Prospero Data Access Protocol					
345	t	a	pawserv	Perf Analysis Workbench					
345	u	a	pawserv	Perf Analysis Workbench					
346	t	a	zserv	Zebra server					
346	u	a	zserv	Zebra server					
347	t	a	fatserv	Fatmen Server					
347	u	a	fatserv	Fatmen Server					
348	t	a	csi-sgwp	Cabletron Management Protocol					
348	u	a	csi-sgwp	Cabletron Management Protocol					
349	t	a	mftp	mftp					
349	u	a	mftp	mftp					
350	t	a	matip-type-a	MATIP Type A	RFC2351				
350	u	a	matip-type-a	MATIP Type A	RFC2351				
351	t	a	matip-type-b	MATIP Type B	RFC2351				
351	u	a	matip-type-b	MATIP Type B	RFC2351				
351	t	a	bhoetty	bhoetty		This entry records an unassigned but widespread use\n(added 5/21/97)			
351	u	a	bhoetty	bhoetty		This entry records an unassigned but widespread use\n(added 5/21/97)			
352	t	a	dtag-ste-sb	DTAG		(assigned long ago)			
352	u	a	dtag-ste-sb	DTAG		(assigned long ago)			
352	t	a	bhoedap4	bhoedap4		This entry records an unassigned but widespread use\n(added 5/21/97)			
352	u	a	bhoedap4	bhoedap4		This entry records an unassigned but widespread use\n(added 5/21/97)			
353	t	a	ndsauth	NDSAUTH					
353	u	a	ndsauth	NDSAUTH					
354	t	a	bh611	bh611					
354	u	a	bh611	bh611					
355	t	a	datex-asn	DATEX-ASN					
355	u	a	datex-asn	DATEX-ASN					
356	t	a	cloanto-net-1	Cloanto Net 1				2010-04-30	
356	u	a	cloanto-net-1	Cloanto Net 1				2010-04-30	
357	t	a	bhevent	bhevent					
357	u	a	bhevent	bhevent					
358	t	a	shrinkwrap	Shrinkwrap					
358	u	a	shrinkwrap	Shrinkwrap					
359	t	r		Reserved		De-Assigned on 2023-11-16.			2023-11-16
359	u	r		Reserved		De-Assigned on 2023-11-16.			2023-11-16
360	t	a	scoi2odialog	scoi2odialog					
360	u	a	scoi2odialog	scoi2odialog					
361	t	a	semantix	Semantix					
361	u	a	semantix	Semantix					
362	t	a	srssend	SRS Send					
362	u	a	srssend	SRS Send					
363	t	a	rsvp-tunnel	RSVP Tunnel\nIANA assigned this well-formed service name as a replacement for "rsvp_tunnel".					
363	t	a	rsvp_tunnel	RSVP Tunnel		This entry is an alias to "rsvp-tunnel".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
363	u	a	rsvp-tunnel	RSVP Tunnel\nIANA assigned this well-formed service name as a replacement for "rsvp_tunnel".					
363	u	a	rsvp_tunnel	RSVP Tunnel		This entry is an alias to "rsvp-tunnel".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
364	t	a	aurora-cmgr	Aurora CMGR					
364	u	a	aurora-cmgr	Aurora CMGR					
365	t	a	dtk	DTK					
365	u	a	dtk	DTK					
366	t	a	odmr	ODMR					
366	u	a	odmr	ODMR					
367	t	a	mortgageware	MortgageWare					
367	u	a	mortgageware	MortgageWare					
368	t	a	qbikgdp	QbikGDP					
368	u	a	qbikgdp	QbikGDP					
369	t	a	rpc2portmap	rpc2portmap					
369	u	a	rpc2portmap	rpc2portmap					
370	t	a	codaauth2	codaauth2					
370	u	a	codaauth2	codaauth2					
371	t	a	clearcase	Clearcase					
371	u	a	clearcase	Clearcase					
372	t	a	ulistproc	ListProcessor					
372	u	a	ulistproc	ListProcessor					
373	t	a	legent-1	Legent Corporation					
373	u	a	legent-1	Legent Corporation					
374	t	a	legent-2	Legent Corporation					
374	u	a	legent-2	Legent Corporation					
375	t	a	hassle	Hassle					
375	u	a	hassle	Hassle					
376	t	a	nip	Amiga Envoy Network Inquiry Protocol					2020-10-02
376	u	a	nip	Amiga Envoy Network Inquiry Protocol					2020-10-02
377	t	a	tnETOS	NEC Corporation					
377	u	a	tnETOS	NEC Corporation					
378	t	a	dsETOS	NEC Corporation					
378	u	a	dsETOS	NEC Corporation					
379	t	a	is99c	TIA/EIA/IS-99 modem client					
379	u	a	is99c	TIA/EIA/IS-99 modem client					
380	t	a	is99s	TIA/EIA/IS-99 modem server					
380	u	a	is99s	TIA/EIA/IS-99 modem server					
381	t	a	hp-collector	hp performance data collector					
381	u	a	hp-collector	hp performance data collector					
382	t	a	hp-managed-node	hp performance data managed node					
382	u	a	hp-managed-node	hp performance data managed node					
383	t	a	hp-alarm-mgr	hp performance data alarm manager					
383	u	a	hp-alarm-mgr	hp performance data alarm manager					
384	t	a	arns	A Remote Network Server System					
384	u	a	arns	A Remote Network Server System					
385	t	a	ibm-app	IBM Application					
385	u	a	ibm-app	IBM Application					
386	t	a	asa	ASA Message Router Object Def.					
386	u	a	asa	ASA Message Router Object Def.					
387	t	a	aurp	Appletalk Update-Based Routing Pro.					
387	u	a	aurp	Appletalk Update-Based Routing Pro.					
388	t	a	unidata-ldm	Unidata LDM					2012-05-18
388	u	a	unidata-ldm	Unidata LDM					2012-05-18
389	t	a	ldap	Lightweight Directory Access Protocol					
389	u	a	ldap	Lightweight Directory Access Protocol					
390	t	a	uis	UIS					
390	u	a	uis	UIS					
391	t	a	synotics-relay	SynOptics SNMP Relay Port					
391	u	a	synotics-relay	SynOptics SNMP Relay Port					
392	t	a	synotics-broker	SynOptics Port Broker Port					
392	u	a	synotics-broker	SynOptics Port Broker Port					
393	t	a	meta5	Meta5					
393	u	a	meta5	Meta5					
394	t	a	embl-ndt	EMBL Nucleic Data Transfer					
394	u	a	embl-ndt	EMBL Nucleic Data Transfer					
395	t	a	netcp	NetScout Control Protocol				2010-04-07	
395	u	a	netcp	NetScout Control Protocol				2010-04-07	
396	t	a	netware-ip	Novell Netware over IP					
396	u	a	netware-ip	Novell Netware over IP					
397	t	a	mptn	Multi Protocol Trans. Net.					
397	u	a	mptn	Multi Protocol Trans. Net.					
398	t	a	kryptolan	Kryptolan					
398	u	a	kryptolan	Kryptolan					
399	t	a	iso-tsap-c2	ISO Transport Class 2 Non-Control over TCP					
399	u	a	iso-tsap-c2	ISO Transport Class 2 Non-Control over UDP					
400	t	a	osb-sd	Oracle Secure Backup		Formerly was Workstation Solutions		2008-06-06	2023-12-27
400	u	a	osb-sd	Oracle Secure Backup		Formerly was Workstation Solutions		2008-06-06	2023-12-27
401	t	a	ups	Uninterruptible Power Supply				2008-08-29	
401	u	a	ups	Uninterruptible Power Supply				2008-08-29	
402	t	a	genie	Genie Protocol					
402	u	a	genie	Genie Protocol					
403	t	a	decap	decap					
403	u	a	decap	decap					
404	t	a	nced	nced					
404	u	a	nced	nced					
405	t	a	ncld	ncld					
405	u	a	ncld	ncld					
406	t	a	imsp	Interactive Mail Support Protocol					
406	u	a	imsp	Interactive Mail Support Protocol					
407	t	a	timbuktu	Timbuktu					
407	u	a	timbuktu	Timbuktu					
408	t	a	prm-sm	Prospero Resource Manager Sys. Man.					
408	u	a	prm-sm	Prospero Resource Manager Sys. Man.					
409	t	a	prm-nm	Prospero Resource Manager Node Man.					
409	u	a	prm-nm	Prospero Resource Manager Node Man.					
410	t	a	decladebug	DECLadebug Remote Debug Protocol					
410	u	a	decladebug	DECLadebug Remote Debug Protocol					
411	t	a	rmt	Remote MT Protocol					
411	u	a	rmt	Remote MT Protocol					
412	t	a	synoptics-trap	Trap Convention Port					
412	u	a	synoptics-trap	Trap Convention Port					
413	t	a	smsp	Storage Management Services Protocol					
413	u	a	smsp	Storage Management Services Protocol					
414	t	a	infoseek	InfoSeek					
414	u	a	infoseek	InfoSeek					
415	t	a	bnet	BNet					
415	u	a	bnet	BNet					
416	t	a	silverplatter	Silverplatter					
416	u	a	silverplatter	Silverplatter					
417	t	a	onmux	Onmux					
417	u	a	onmux	Onmux					
418	t	a	hyper-g	Hyper-G					
418	u	a	hyper-g	Hyper-G					
419	t	a	ariel1	Ariel 1					
419	u	a	ariel1	Ariel 1					
420	t	a	smpte	SMPTE					
420	u	a	smpte	SMPTE					
421	t	a	ariel2	Ariel 2					
421	u	a	ariel2	Ariel 2					
422	t	a	ariel3	Ariel 3					
422	u	a	ariel3	Ariel 3					
423	t	a	opc-job-start	IBM Operations Planning and Control Start					
423	u	a	opc-job-start	IBM Operations Planning and Control Start					
424	t	a	opc-job-track	IBM Operations Planning and Control Track					
424	u	a	opc-job-track	IBM Operations Planning and Control Track					
425	t	a	icad-el	ICAD					
425	u	a	icad-el	ICAD					
426	t	a	smartsdp	smartsdp					
426	u	a	smartsdp	smartsdp					
427	t	a	svrloc	Server Location					
427	u	a	svrloc	Server Location					
428	t	a	ocs-cmu	OCS_CMU\nIANA assigned this well-formed service name as a replacement for "ocs_cmu".					
428	t	a	ocs_cmu	OCS_CMU		This entry is an alias to "ocs-cmu".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
428	u	a	ocs-cmu	OCS_CMU\nIANA assigned this well-formed service name as a replacement for "ocs_cmu".					
428	u	a	ocs_cmu	OCS_CMU		This entry is an alias to "ocs-cmu".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
429	t	a	ocs-amu	OCS_AMU\nIANA assigned this well-formed service name as a replacement for "ocs_amu".					
429	t	a	ocs_amu	OCS_AMU		This entry is an alias to "ocs-amu".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
429	u	a	ocs-amu	OCS_AMU\nIANA assigned this well-formed service name as a replacement for "ocs_amu".					
429	u	a	ocs_amu	OCS_AMU		This entry is an alias to "ocs-amu".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
430	t	a	utmpsd	UTMPSD					
430	u	a	utmpsd	UTMPSD					
431	t	a	utmpcd	UTMPCD					
431	u	a	utmpcd	UTMPCD					
432	t	a	iasd	IASD					
432	u	a	iasd	IASD					
433	t	a	nnsp	NNTP for transit servers (NNSP)	RFC3977				2018-07-06
433	u	a	nnsp	NNTP for transit servers (NNSP)	RFC3977				2018-07-06
434	t	a	mobileip-agent	MobileIP-Agent					
434	u	a	mobileip-agent	MobileIP-Agent					
435	t	a	mobilip-mn	MobilIP-MN					
435	u	a	mobilip-mn	MobilIP-MN					
436	t	a	dna-cml	DNA-CML					
436	u	a	dna-cml	DNA-CML					
437	t	a	comscm	comscm					
437	u	a	comscm	comscm					
438	t	a	dsfgw	dsfgw					
438	u	a	dsfgw	dsfgw					
439	t	a	dasp	dasp					
439	u	a	dasp	dasp					
440	t	a	sgcp	sgcp					
440	u	a	sgcp	sgcp					
441	t	a	decvms-sysmgt	decvms-sysmgt					
441	u	a	decvms-sysmgt	decvms-sysmgt					
442	t	a	cvc-hostd	cvc_hostd\nIANA assigned this well-formed service name as a replacement for "cvc_hostd".					
442	t	a	cvc_hostd	cvc_hostd		This entry is an alias to "cvc-hostd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
442	u	a	cvc-hostd	cvc_hostd\nIANA assigned this well-formed service name as a replacement for "cvc_hostd".					
442	u	a	cvc_hostd	cvc_hostd		This entry is an alias to "cvc-hostd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
443	t	a	https	http protocol over TLS/SSL	RFC9110				2021-10-01
443	u	a	https	http protocol over TLS/SSL	RFC9110				2021-10-01
443	s	a	https	HTTPS	RFC9260				2022-02-07
444	t	a	snpp	Simple Network Paging Protocol	RFC1568				
444	u	a	snpp	Simple Network Paging Protocol	RFC1568				
445	t	a	microsoft-ds	Microsoft-DS					
445	u	a	microsoft-ds	Microsoft-DS					
446	t	a	ddm-rdb	DDM-Remote Relational Database Access					
446	u	a	ddm-rdb	DDM-Remote Relational Database Access					
447	t	a	ddm-dfm	DDM-Distributed File Management					
447	u	a	ddm-dfm	DDM-Distributed File Management					
448	t	a	ddm-ssl	DDM-Remote DB Access Using Secure Sockets					
448	u	a	ddm-ssl	DDM-Remote DB Access Using Secure Sockets					
449	t	a	as-servermap	AS Server Mapper					
449	u	a	as-servermap	AS Server Mapper					
450	t	a	tserver	Computer Supported Telecomunication Applications					
450	u	a	tserver	Computer Supported Telecomunication Applications					
451	t	a	sfs-smp-net	Cray Network Semaphore server					
451	u	a	sfs-smp-net	Cray Network Semaphore server					
452	t	a	sfs-config	Cray SFS config server					
452	u	a	sfs-config	Cray SFS config server					
453	t	a	creativeserver	CreativeServer					
453	u	a	creativeserver	CreativeServer					
454	t	a	contentserver	ContentServer					
454	u	a	contentserver	ContentServer					
455	t	a	creativepartnr	CreativePartnr					
455	u	a	creativepartnr	CreativePartnr					
456	t	a	macon-tcp	macon-tcp					
456	u	a	macon-udp	macon-udp					
457	t	a	scohelp	scohelp					
457	u	a	scohelp	scohelp					
458	t	a	appleqtc	apple quick time					
458	u	a	appleqtc	apple quick time					
459	t	a	ampr-rcmd	ampr-rcmd					
459	u	a	ampr-rcmd	ampr-rcmd					
460	t	a	skronk	skronk					
460	u	a	skronk	skronk					
461	t	a	datasurfsrv	DataRampSrv					
461	u	a	datasurfsrv	DataRampSrv					
462	t	a	datasurfsrvsec	DataRampSrvSec					
462	u	a	datasurfsrvsec	DataRampSrvSec					
463	t	a	alpes	alpes					
463	u	a	alpes	alpes					
464	t	a	kpasswd	kpasswd					2023-11-17
464	u	a	kpasswd	kpasswd					2023-11-17
465	t	a	urd	URL Rendezvous Directory for SSM					
465	t	a	submissions	Message Submission over TLS protocol	RFC8314			2017-12-12	
465	u	a	igmpv3lite	IGMP over UDP for SSM					
466	t	a	digital-vrc	digital-vrc					
466	u	a	digital-vrc	digital-vrc					
467	t	a	mylex-mapd	mylex-mapd					
467	u	a	mylex-mapd	mylex-mapd					
468	t	a	photuris	proturis					
468	u	a	photuris	proturis					
469	t	a	rcp	Radio Control Protocol					
469	u	a	rcp	Radio Control Protocol					
470	t	a	scx-proxy	scx-proxy					
470	u	a	scx-proxy	scx-proxy					
471	t	a	mondex	Mondex					
471	u	a	mondex	Mondex					
472	t	a	ljk-login	ljk-login					
472	u	a	ljk-login	ljk-login					
473	t	a	hybrid-pop	hybrid-pop					
473	u	a	hybrid-pop	hybrid-pop					
474	t	a	tn-tl-w1	tn-tl-w1					
474	u	a	tn-tl-w2	tn-tl-w2					
475	t	a	tcpnethaspsrv	tcpnethaspsrv				2010-07-23	
475	u	a	tcpnethaspsrv	tcpnethaspsrv				2010-07-23	
476	t	a	tn-tl-fd1	tn-tl-fd1					
476	u	a	tn-tl-fd1	tn-tl-fd1					
477	t	a	ss7ns	ss7ns					
477	u	a	ss7ns	ss7ns					
478	t	a	spsc	spsc					
478	u	a	spsc	spsc					
479	t	a	iafserver	iafserver					
479	u	a	iafserver	iafserver					
480	t	a	iafdbase	iafdbase					
480	u	a	iafdbase	iafdbase					
481	t	a	ph	Ph service					
481	u	a	ph	Ph service					
482	t	a	bgs-nsi	bgs-nsi					
482	u	a	bgs-nsi	bgs-nsi					
483	t	a	ulpnet	ulpnet					
483	u	a	ulpnet	ulpnet					
484	t	a	integra-sme	Integra Software Management Environment					
484	u	a	integra-sme	Integra Software Management Environment					
485	t	a	powerburst	Air Soft Power Burst					
485	u	a	powerburst	Air Soft Power Burst					
486	t	a	avian	avian					
486	u	a	avian	avian					
487	t	a	saft	saft Simple Asynchronous File Transfer					
487	u	a	saft	saft Simple Asynchronous File Transfer					
488	t	a	gss-http	gss-http					
488	u	a	gss-http	gss-http					
489	t	a	nest-protocol	nest-protocol					
489	u	a	nest-protocol	nest-protocol					
490	t	a	micom-pfs	micom-pfs					
490	u	a	micom-pfs	micom-pfs					
491	t	a	go-login	go-login					
491	u	a	go-login	go-login					
492	t	a	ticf-1	Transport Independent Convergence for FNA					
492	u	a	ticf-1	Transport Independent Convergence for FNA					
493	t	a	ticf-2	Transport Independent Convergence for FNA					
493	u	a	ticf-2	Transport Independent Convergence for FNA					
494	t	a	pov-ray	POV-Ray					
494	u	a	pov-ray	POV-Ray					
495	t	a	intecourier	intecourier					
495	u	a	intecourier	intecourier					
496	t	a	pim-rp-disc	PIM-RP-DISC					
496	u	a	pim-rp-disc	PIM-RP-DISC					
497	t	a	retrospect	Retrospect backup and restore service					2012-02-02
497	u	a	retrospect	Retrospect backup and restore service					2012-02-02
498	t	a	siam	siam					
498	u	a	siam	siam					
499	t	a	iso-ill	ISO ILL Protocol					
499	u	a	iso-ill	ISO ILL Protocol					
500	t	a	isakmp	isakmp					
500	u	a	isakmp	isakmp					
501	t	a	stmf	STMF					
501	u	a	stmf	STMF					
502	t	a	mbap	Modbus Application Protocol					2014-06-10
502	u	a	mbap	Modbus Application Protocol					2014-06-10
503	t	a	intrinsa	Intrinsa					
503	u	a	intrinsa	Intrinsa					
504	t	a	citadel	citadel					
504	u	a	citadel	citadel					
505	t	a	mailbox-lm	mailbox-lm					
505	u	a	mailbox-lm	mailbox-lm					
506	t	a	ohimsrv	ohimsrv					
506	u	a	ohimsrv	ohimsrv					
507	t	a	crs	crs					
507	u	a	crs	crs					
508	t	a	xvttp	xvttp					
508	u	a	xvttp	xvttp					
509	t	a	snare	snare					
509	u	a	snare	snare					
510	t	a	fcp	FirstClass Protocol					
510	u	a	fcp	FirstClass Protocol					
511	t	a	passgo	PassGo					
511	u	a	passgo	PassGo					
512	t	a	exec	remote process execution; authentication performed using passwords and UNIX login names					
512	u	a	comsat						
512	u	a	biff	used by mail system to notify users of new mail received; currently receives messages only from processes on the same machine					
513	t	a	login	remote login a la telnet; automatic authentication performed based on priviledged port numbers and distributed data bases which identify "authentication domains"					
513	u	a	who	maintains data bases showing who's logged in to machines on a local net and the load average of the machine					
514	t	a	shell	cmd like exec, but automatic authentication is performed as for login server					
514	u	a	syslog		RFC5426				2020-06-01
515	t	a	printer	spooler					
515	u	a	printer	spooler					
516	t	a	videotex	videotex					
516	u	a	videotex	videotex					
517	t	a	talk	like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)					
517	u	a	talk	like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)					
518	t	a	ntalk						
518	u	a	ntalk						
519	t	a	utime	unixtime					
519	u	a	utime	unixtime					
520	t	a	efs	extended file name server					
520	u	a	router	local routing process (on site); uses variant of Xerox NS routing information protocol - RIP					
521	t	a	ripng	ripng					
521	u	a	ripng	ripng					
522	t	a	ulp	ULP					
522	u	a	ulp	ULP					
523	t	a	ibm-db2	IBM-DB2					
523	u	a	ibm-db2	IBM-DB2					
524	t	a	ncp	NCP					
524	u	a	ncp	NCP					
525	t	a	timed	timeserver					
525	u	a	timed	timeserver					
526	t	a	tempo	newdate					
526	u	a	tempo	newdate					
527	t	a	stx	Stock IXChange					2022-01-25
527	u	a	stx	Stock IXChange					2022-01-25
528	t	a	custix	Customer IXChange					2022-01-25
528	u	a	custix	Customer IXChange					2022-01-25
529	t	a	irc-serv	IRC-SERV					
529	u	a	irc-serv	IRC-SERV					
530	t	a	courier	rpc					
530	u	a	courier	rpc					
531	t	a	conference	chat					
531	u	a	conference	chat					
532	t	a	netnews	readnews					
532	u	a	netnews	readnews					
533	t	a	netwall	for emergency broadcasts					
533	u	a	netwall	for emergency broadcasts					
534	t	a	windream	windream Admin					
534	u	a	windream	windream Admin					
535	t	a	iiop	iiop					
535	u	a	iiop	iiop					
536	t	a	opalis-rdv	opalis-rdv					
536	u	a	opalis-rdv	opalis-rdv					
537	t	a	nmsp	Networked Media Streaming Protocol					
537	u	a	nmsp	Networked Media Streaming Protocol					
538	t	a	gdomap	gdomap					
538	u	a	gdomap	gdomap					
539	t	a	apertus-ldp	Apertus Technologies Load Determination					
539	u	a	apertus-ldp	Apertus Technologies Load Determination					
540	t	a	uucp	uucpd					
540	u	a	uucp	uucpd					
541	t	a	uucp-rlogin	uucp-rlogin					
541	u	a	uucp-rlogin	uucp-rlogin					
542	t	a	commerce	commerce					
542	u	a	commerce	commerce					
543	t	a	klogin						
543	u	a	klogin						
544	t	a	kshell	krcmd					
544	u	a	kshell	krcmd					
545	t	a	appleqtcsrvr	appleqtcsrvr					
545	u	a	appleqtcsrvr	appleqtcsrvr					
546	t	a	dhcpv6-client	DHCPv6 Client					
546	u	a	dhcpv6-client	DHCPv6 Client	RFC8415				2018-05-21
547	t	a	dhcpv6-server	DHCPv6 Server	RFC5460				2018-05-21
547	u	a	dhcpv6-server	DHCPv6 Server	RFC8415				2018-05-21
548	t	a	afpovertcp	AFP over TCP		Defined TXT keys: u=<username> p=<password> path=<path>			
548	u	a	afpovertcp	AFP over TCP		Defined TXT keys: u=<username> p=<password> path=<path>			
549	t	a	idfp	IDFP					
549	u	a	idfp	IDFP					
550	t	a	new-rwho	new-who	n/a				
550	u	a	new-rwho	new-who	n/a				
551	t	a	cybercash	cybercash	RFC1898				
551	u	a	cybercash	cybercash	RFC1898				
552	t	a	devshr-nts	DeviceShare					
552	u	a	devshr-nts	DeviceShare					
553	t	a	pirp	pirp					
553	u	a	pirp	pirp					
554	t	a	rtsp	Real Time Streaming Protocol (RTSP)					
554	u	a	rtsp	Real Time Streaming Protocol (RTSP)					
555	t	a	dsf						
555	u	a	dsf						
556	t	a	remotefs	rfs server					
556	u	a	remotefs	rfs server					
557	t	a	openvms-sysipc	openvms-sysipc					
557	u	a	openvms-sysipc	openvms-sysipc					
558	t	a	sdnskmp	SDNSKMP					
558	u	a	sdnskmp	SDNSKMP					
559	t	a	teedtap	TEEDTAP					
559	u	a	teedtap	TEEDTAP					
560	t	a	rmonitor	rmonitord					
560	u	a	rmonitor	rmonitord					
561	t	a	monitor						
561	u	a	monitor						
562	t	a	chshell	chcmd					
562	u	a	chshell	chcmd					
563	t	a	nntps	nntp protocol over TLS/SSL (was snntp)	RFC4642				2018-07-06
563	u	a	nntps	nntp protocol over TLS/SSL (was snntp)	RFC4642				2018-07-06
564	t	a	9pfs	plan 9 file service					
564	u	a	9pfs	plan 9 file service					
565	t	a	whoami	whoami					
565	u	a	whoami	whoami					
566	t	a	streettalk	streettalk					
566	u	a	streettalk	streettalk					
567	t	a	banyan-rpc	banyan-rpc					
567	u	a	banyan-rpc	banyan-rpc					
568	t	a	ms-shuttle	microsoft shuttle					
568	u	a	ms-shuttle	microsoft shuttle					
569	t	a	ms-rome	microsoft rome					
569	u	a	ms-rome	microsoft rome					
570	t	a	meter	demon					
570	u	a	meter	demon					
571	t	a	meter	udemon					
571	u	a	meter	udemon					
572	t	a	sonar	sonar					
572	u	a	sonar	sonar					
573	t	a	banyan-vip	banyan-vip					
573	u	a	banyan-vip	banyan-vip					
574	t	a	ftp-agent	FTP Software Agent System					
574	u	a	ftp-agent	FTP Software Agent System					
575	t	a	vemmi	VEMMI					
575	u	a	vemmi	VEMMI					
576	t	a	ipcd	ipcd					
576	u	a	ipcd	ipcd					
577	t	a	vnas	vnas					
577	u	a	vnas	vnas					
578	t	a	ipdd	ipdd					
578	u	a	ipdd	ipdd					
579	t	a	decbsrv	decbsrv					
579	u	a	decbsrv	decbsrv					
580	t	a	sntp-heartbeat	SNTP HEARTBEAT					
580	u	a	sntp-heartbeat	SNTP HEARTBEAT					
581	t	a	bdp	Bundle Discovery Protocol					
581	u	a	bdp	Bundle Discovery Protocol					
582	t	a	scc-security	SCC Security					
582	u	a	scc-security	SCC Security					
583	t	a	philips-vc	Philips Video-Conferencing					
583	u	a	philips-vc	Philips Video-Conferencing					
584	t	a	keyserver	Key Server					
584	u	a	keyserver	Key Server					
585	tu	u		De-registered		Use of 585 is not recommended, use 993 instead			2006-04-25
586	t	a	password-chg	Password Change					
586	u	a	password-chg	Password Change					
587	t	a	submission	Message Submission	RFC6409				2011-11-17
587	u	a	submission	Message Submission	RFC6409				2011-11-17
588	t	a	cal	CAL					
588	u	a	cal	CAL					
589	t	a	eyelink	EyeLink					
589	u	a	eyelink	EyeLink					
590	t	a	tns-cml	TNS CML					
590	u	a	tns-cml	TNS CML					
591	t	a	http-alt	FileMaker, Inc. - HTTP Alternate (see Port 80)					
591	u	a	http-alt	FileMaker, Inc. - HTTP Alternate (see Port 80)					
592	t	a	eudora-set	Eudora Set					
592	u	a	eudora-set	Eudora Set					
593	t	a	http-rpc-epmap	HTTP RPC Ep Map					
593	u	a	http-rpc-epmap	HTTP RPC Ep Map					
594	t	a	tpip	TPIP					
594	u	a	tpip	TPIP					
595	t	a	cab-protocol	CAB Protocol					
595	u	a	cab-protocol	CAB Protocol					
596	t	a	smsd	SMSD					
596	u	a	smsd	SMSD					
597	t	a	ptcnameservice	PTC Name Service					
597	u	a	ptcnameservice	PTC Name Service					
598	t	a	sco-websrvrmg3	SCO Web Server Manager 3					
598	u	a	sco-websrvrmg3	SCO Web Server Manager 3					
599	t	a	acp	Aeolon Core Protocol					
599	u	a	acp	Aeolon Core Protocol					
600	t	a	ipcserver	Sun IPC server					
600	u	a	ipcserver	Sun IPC server					
601	t	a	syslog-conn	Reliable Syslog Service	RFC3195				
601	u	a	syslog-conn	Reliable Syslog Service	RFC3195				
602	t	a	xmlrpc-beep	XML-RPC over BEEP	RFC3529				
602	u	a	xmlrpc-beep	XML-RPC over BEEP	RFC3529				
603	t	a	idxp	IDXP	RFC4767				
603	u	a	idxp	IDXP	RFC4767				
604	t	a	tunnel	TUNNEL	RFC3620				
604	u	a	tunnel	TUNNEL	RFC3620				
605	t	a	soap-beep	SOAP over BEEP	RFC4227				
605	u	a	soap-beep	SOAP over BEEP	RFC4227				
606	t	a	urm	Cray Unified Resource Manager					
606	u	a	urm	Cray Unified Resource Manager					
607	t	a	nqs	nqs					
607	u	a	nqs	nqs					
608	t	a	sift-uft	Sender-Initiated/Unsolicited File Transfer					
608	u	a	sift-uft	Sender-Initiated/Unsolicited File Transfer					
609	t	a	npmp-trap	npmp-trap					
609	u	a	npmp-trap	npmp-trap					
610	t	a	npmp-local	npmp-local					
610	u	a	npmp-local	npmp-local					
611	t	a	npmp-gui	npmp-gui					
611	u	a	npmp-gui	npmp-gui					
612	t	a	hmmp-ind	HMMP Indication					
612	u	a	hmmp-ind	HMMP Indication					
613	t	a	hmmp-op	HMMP Operation					
613	u	a	hmmp-op	HMMP Operation					
614	t	a	sshell	SSLshell					
614	u	a	sshell	SSLshell					
615	t	a	sco-inetmgr	Internet Configuration Manager					
615	u	a	sco-inetmgr	Internet Configuration Manager					
616	t	a	sco-sysmgr	SCO System Administration Server					
616	u	a	sco-sysmgr	SCO System Administration Server					
617	t	a	sco-dtmgr	SCO Desktop Administration Server					
617	u	a	sco-dtmgr	SCO Desktop Administration Server					
618	t	a	dei-icda	DEI-ICDA					
618	u	a	dei-icda	DEI-ICDA					
619	t	a	compaq-evm	Compaq EVM					
619	u	a	compaq-evm	Compaq EVM					
620	t	a	sco-websrvrmgr	SCO WebServer Manager					
620	u	a	sco-websrvrmgr	SCO WebServer Manager					
621	t	a	escp-ip	ESCP					
621	u	a	escp-ip	ESCP					
622	t	a	collaborator	Collaborator					
622	u	a	collaborator	Collaborator					
623	t	a	oob-ws-http	DMTF out-of-band web services management protocol				2007-06	
623	u	a	asf-rmcp	ASF Remote Management and Control Protocol					
624	t	a	cryptoadmin	Crypto Admin					
624	u	a	cryptoadmin	Crypto Admin					
625	t	a	dec-dlm	DEC DLM\nIANA assigned this well-formed service name as a replacement for "dec_dlm".					
625	t	a	dec_dlm	DEC DLM		This entry is an alias to "dec-dlm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
625	u	a	dec-dlm	DEC DLM\nIANA assigned this well-formed service name as a replacement for "dec_dlm".					
625	u	a	dec_dlm	DEC DLM		This entry is an alias to "dec-dlm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
626	t	a	asia	ASIA					
626	u	a	asia	ASIA					
627	t	a	passgo-tivoli	PassGo Tivoli					
627	u	a	passgo-tivoli	PassGo Tivoli					
628	t	a	qmqp	QMQP					2018-04-05
628	u	a	qmqp	QMQP					2018-04-05
629	t	a	3com-amp3	3Com AMP3					
629	u	a	3com-amp3	3Com AMP3					
630	t	a	rda	RDA					
630	u	a	rda	RDA					
631	t	a	ipp	IPP (Internet Printing Protocol)	RFC8011	Defined TXT keys: See BonjourPrinting.pdf.			2018-07-06
631	u	a	ipp	IPP (Internet Printing Protocol)	RFC8011	Defined TXT keys: See BonjourPrinting.pdf.			2018-07-06
631	t	a	ipps	Internet Printing Protocol over HTTPS	RFC8011			2018-07-06	
632	t	a	bmpp	bmpp					
632	u	a	bmpp	bmpp					
633	t	a	servstat	Service Status update (Sterling Software)					
633	u	a	servstat	Service Status update (Sterling Software)					
634	t	a	ginad	ginad					
634	u	a	ginad	ginad					
635	t	a	rlzdbase	RLZ DBase					
635	u	a	rlzdbase	RLZ DBase					
636	t	a	ldaps	ldap protocol over TLS/SSL (was sldap)					
636	u	a	ldaps	ldap protocol over TLS/SSL (was sldap)					
637	t	a	lanserver	lanserver					
637	u	a	lanserver	lanserver					
638	t	a	mcns-sec	mcns-sec					
638	u	a	mcns-sec	mcns-sec					
639	t	a	msdp	MSDP					
639	u	a	msdp	MSDP					
640	t	a	entrust-sps	entrust-sps					
640	u	a	entrust-sps	entrust-sps					
641	t	a	repcmd	repcmd					
641	u	a	repcmd	repcmd					
642	t	a	esro-emsdp	ESRO-EMSDP V1.3					
642	u	a	esro-emsdp	ESRO-EMSDP V1.3					
643	t	a	sanity	SANity					
643	u	a	sanity	SANity					
644	t	a	dwr	dwr					
644	u	a	dwr	dwr					
645	t	a	pssc	PSSC					
645	u	a	pssc	PSSC					
646	t	a	ldp	LDP					
646	u	a	ldp	LDP					
647	t	a	dhcp-failover	DHCP Failover	RFC8156				2018-05-21
647	u	a	dhcp-failover	DHCP Failover					
648	t	a	rrp	Registry Registrar Protocol (RRP)					
648	u	a	rrp	Registry Registrar Protocol (RRP)					
649	t	a	cadview-3d	Cadview-3d - streaming 3d models over the internet					
649	u	a	cadview-3d	Cadview-3d - streaming 3d models over the internet					
650	t	a	obex	OBEX					
650	u	a	obex	OBEX					
651	t	a	ieee-mms	IEEE MMS					
651	u	a	ieee-mms	IEEE MMS					
652	t	a	hello-port	HELLO_PORT					
652	u	a	hello-port	HELLO_PORT					
653	t	a	repscmd	RepCmd					
653	u	a	repscmd	RepCmd					
654	t	a	aodv	AODV					
654	u	a	aodv	AODV					
655	t	a	tinc	TINC					
655	u	a	tinc	TINC					
656	t	a	spmp	SPMP					
656	u	a	spmp	SPMP					
657	t	a	rmc	RMC					
657	u	a	rmc	RMC					
658	t	a	tenfold	TenFold					
658	u	a	tenfold	TenFold					
659	tu	u		Removed					2001-06-06
660	t	a	mac-srvr-admin	MacOS Server Admin					
660	u	a	mac-srvr-admin	MacOS Server Admin					
661	t	a	hap	HAP					
661	u	a	hap	HAP					
662	t	a	pftp	PFTP					
662	u	a	pftp	PFTP					
663	t	a	purenoise	PureNoise					
663	u	a	purenoise	PureNoise					
664	t	a	oob-ws-https	DMTF out-of-band secure web services management protocol				2007-06	
664	u	a	asf-secure-rmcp	ASF Secure Remote Management and Control Protocol					
665	t	a	sun-dr	Sun DR					
665	u	a	sun-dr	Sun DR					
666	t	a	mdqs						
666	u	a	mdqs						
666	t	a	doom	doom Id Software					
666	u	a	doom	doom Id Software					
667	t	a	disclose	campaign contribution disclosures - SDR Technologies					
667	u	a	disclose	campaign contribution disclosures - SDR Technologies					
668	t	a	mecomm	MeComm					
668	u	a	mecomm	MeComm					
669	t	a	meregister	MeRegister					
669	u	a	meregister	MeRegister					
670	t	a	vacdsm-sws	VACDSM-SWS					
670	u	a	vacdsm-sws	VACDSM-SWS					
671	t	a	vacdsm-app	VACDSM-APP					
671	u	a	vacdsm-app	VACDSM-APP					
672	t	a	vpps-qua	VPPS-QUA					
672	u	a	vpps-qua	VPPS-QUA					
673	t	a	cimplex	CIMPLEX					
673	u	a	cimplex	CIMPLEX					
674	t	a	acap	ACAP					2010-10-15
674	u	a	acap	ACAP					2010-10-15
675	t	a	dctp	DCTP					
675	u	a	dctp	DCTP					
676	t	a	vpps-via	VPPS Via					
676	u	a	vpps-via	VPPS Via					
677	t	a	vpp	Virtual Presence Protocol					
677	u	a	vpp	Virtual Presence Protocol					
678	t	a	ggf-ncp	GNU Generation Foundation NCP					
678	u	a	ggf-ncp	GNU Generation Foundation NCP					
679	t	a	mrm	MRM					
679	u	a	mrm	MRM					
680	t	a	entrust-aaas	entrust-aaas					
680	u	a	entrust-aaas	entrust-aaas					
681	t	a	entrust-aams	entrust-aams					
681	u	a	entrust-aams	entrust-aams					
682	t	a	xfr	XFR					
682	u	a	xfr	XFR					
683	t	a	corba-iiop	CORBA IIOP					
683	u	a	corba-iiop	CORBA IIOP					
684	t	a	corba-iiop-ssl	CORBA IIOP SSL					
684	u	a	corba-iiop-ssl	CORBA IIOP SSL					
685	t	a	mdc-portmapper	MDC Port Mapper					
685	u	a	mdc-portmapper	MDC Port Mapper					
686	t	a	hcp-wismar	Hardware Control Protocol Wismar					
686	u	a	hcp-wismar	Hardware Control Protocol Wismar					
687	t	a	asipregistry	asipregistry					
687	u	a	asipregistry	asipregistry					
688	t	a	realm-rusd	ApplianceWare managment protocol					
688	u	a	realm-rusd	ApplianceWare managment protocol					
689	t	a	nmap	NMAP					
689	u	a	nmap	NMAP					
690	t	a	vatp	Velneo Application Transfer Protocol					2015-02-03
690	u	a	vatp	Velneo Application Transfer Protocol					2015-02-03
691	t	a	msexch-routing	MS Exchange Routing					
691	u	a	msexch-routing	MS Exchange Routing					
692	t	a	hyperwave-isp	Hyperwave-ISP					
692	u	a	hyperwave-isp	Hyperwave-ISP					
693	t	a	connendp	almanid Connection Endpoint					
693	u	a	connendp	almanid Connection Endpoint					
694	t	a	ha-cluster	ha-cluster					
694	u	a	ha-cluster	ha-cluster					
695	t	a	ieee-mms-ssl	IEEE-MMS-SSL					
695	u	a	ieee-mms-ssl	IEEE-MMS-SSL					
696	t	a	rushd	RUSHD					
696	u	a	rushd	RUSHD					
697	t	a	uuidgen	UUIDGEN					
697	u	a	uuidgen	UUIDGEN					
698	t	a	olsr	OLSR					
698	u	a	olsr	OLSR					
699	t	a	accessnetwork	Access Network					
699	u	a	accessnetwork	Access Network					
700	t	a	epp	Extensible Provisioning Protocol	RFC5734				
700	u	a	epp	Extensible Provisioning Protocol	RFC5734				
701	t	a	lmp	Link Management Protocol (LMP)	RFC4204				
701	u	a	lmp	Link Management Protocol (LMP)	RFC4204				
702	t	a	iris-beep	IRIS over BEEP	RFC3983				
702	u	a	iris-beep	IRIS over BEEP	RFC3983				
703	tu	u		Unassigned					
704	t	a	elcsd	errlog copy/server daemon					
704	u	a	elcsd	errlog copy/server daemon					
705	t	a	agentx	AgentX					
705	u	a	agentx	AgentX					
706	t	a	silc	SILC					
706	u	a	silc	SILC					
707	t	a	borland-dsj	Borland DSJ					
707	u	a	borland-dsj	Borland DSJ					
708	tu	u		Unassigned					
709	t	a	entrust-kmsh	Entrust Key Management Service Handler					
709	u	a	entrust-kmsh	Entrust Key Management Service Handler					
710	t	a	entrust-ash	Entrust Administration Service Handler					
710	u	a	entrust-ash	Entrust Administration Service Handler					
711	t	a	cisco-tdp	Cisco TDP					
711	u	a	cisco-tdp	Cisco TDP					
712	t	a	tbrpf	TBRPF	RFC3684				
712	u	a	tbrpf	TBRPF	RFC3684				
713	t	a	iris-xpc	IRIS over XPC					
713	u	a	iris-xpc	IRIS over XPC					
714	t	a	iris-xpcs	IRIS over XPCS	RFC4992				
714	u	a	iris-xpcs	IRIS over XPCS	RFC4992				
715	t	a	iris-lwz	IRIS-LWZ	RFC4993				
715	u	a	iris-lwz	IRIS-LWZ	RFC4993				
716	u	a	pana	PANA Messages	RFC5191				
717-728	tu	u		Unassigned					
729	t	a	netviewdm1	IBM NetView DM/6000 Server/Client					
729	u	a	netviewdm1	IBM NetView DM/6000 Server/Client					
730	t	a	netviewdm2	IBM NetView DM/6000 send/tcp					
730	u	a	netviewdm2	IBM NetView DM/6000 send/tcp					
731	t	a	netviewdm3	IBM NetView DM/6000 receive/tcp					
731	u	a	netviewdm3	IBM NetView DM/6000 receive/tcp					
732-740	tu	u		Unassigned					
741	t	a	netgw	netGW					
741	u	a	netgw	netGW					
742	t	a	netrcs	Network based Rev. Cont. Sys.					
742	u	a	netrcs	Network based Rev. Cont. Sys.					
743	tu	u		Unassigned					
744	t	a	flexlm	Flexible License Manager					
744	u	a	flexlm	Flexible License Manager					
745-746	tu	u		Unassigned					
747	t	a	fujitsu-dev	Fujitsu Device Control					
747	u	a	fujitsu-dev	Fujitsu Device Control					
748	t	a	ris-cm	Russell Info Sci Calendar Manager					
748	u	a	ris-cm	Russell Info Sci Calendar Manager					
749	t	a	kerberos-adm	kerberos administration					
749	u	a	kerberos-adm	kerberos administration					
750	t	a	rfile						
750	u	a	loadav						
750	u	a	kerberos-iv	kerberos version iv					
751	t	a	pump						
751	u	a	pump						
752	t	a	qrh						
752	u	a	qrh						
753	t	a	rrh						
753	u	a	rrh						
754	t	a	tell	send					
754	u	a	tell	send					
755-757	tu	u		Unassigned					
758	t	a	nlogin						
758	u	a	nlogin						
759	t	a	con						
759	u	a	con						
760	t	a	ns						
760	u	a	ns						
761	t	a	rxe						
761	u	a	rxe						
762	t	a	quotad						
762	u	a	quotad						
763	t	a	cycleserv						
763	u	a	cycleserv						
764	t	a	omserv						
764	u	a	omserv						
765	t	a	webster						
765	u	a	webster						
766	tu	u		Unassigned					
767	t	a	phonebook	phone					
767	u	a	phonebook	phone					
768	tu	u		Unassigned					
769	t	a	vid						
769	u	a	vid						
770	t	a	cadlock						
770	u	a	cadlock						
771	t	a	rtip						
771	u	a	rtip						
772	t	a	cycleserv2						
772	u	a	cycleserv2						
773	t	a	submit						
773	u	a	notify						
774	t	a	rpasswd						
774	u	a	acmaint-dbd	IANA assigned this well-formed service name as a replacement for "acmaint_dbd".					
774	u	a	acmaint_dbd			This entry is an alias to "acmaint-dbd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
775	t	a	entomb						
775	u	a	acmaint-transd	IANA assigned this well-formed service name as a replacement for "acmaint_transd".					
775	u	a	acmaint_transd			This entry is an alias to "acmaint-transd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
776	t	a	wpages						
776	u	a	wpages						
777	t	a	multiling-http	Multiling HTTP					
777	u	a	multiling-http	Multiling HTTP					
778-779	tu	u		Unassigned					
780	t	a	wpgs						
780	u	a	wpgs						
781-785	tu	u		Unassigned					
786	tu	u		Unassigned					2002-05-08
787	tu	u		Unassigned					2002-10-08
788-799	tu	u		Unassigned			Unauthorized Use Known on port 796		
800	t	a	mdbs-daemon	IANA assigned this well-formed service name as a replacement for "mdbs_daemon".					
800	t	a	mdbs_daemon			This entry is an alias to "mdbs-daemon".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
800	u	a	mdbs-daemon	IANA assigned this well-formed service name as a replacement for "mdbs_daemon".					
800	u	a	mdbs_daemon			This entry is an alias to "mdbs-daemon".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
801	t	a	device						
801	u	a	device						
802	t	a	mbap-s	Modbus Application Protocol Secure				2014-06-10	
802	u	a	mbap-s	Modbus Application Protocol Secure				2014-06-10	
803-809	tu	u		Unassigned					
810	t	a	fcp-udp	FCP					
810	u	a	fcp-udp	FCP Datagram					
811-827	tu	u		Unassigned					
828	t	a	itm-mcell-s	itm-mcell-s					
828	u	a	itm-mcell-s	itm-mcell-s					
829	t	a	pkix-3-ca-ra	PKIX-3 CA/RA					
829	u	a	pkix-3-ca-ra	PKIX-3 CA/RA					
830	t	a	netconf-ssh	NETCONF over SSH	RFC6242				
830	u	a	netconf-ssh	NETCONF over SSH	RFC6242				
831	t	a	netconf-beep	NETCONF over BEEP	RFC4744				
831	u	a	netconf-beep	NETCONF over BEEP	RFC4744				
832	t	a	netconfsoaphttp	NETCONF for SOAP over HTTPS	RFC4743				
832	u	a	netconfsoaphttp	NETCONF for SOAP over HTTPS	RFC4743				
833	t	a	netconfsoapbeep	NETCONF for SOAP over BEEP	RFC4743				
833	u	a	netconfsoapbeep	NETCONF for SOAP over BEEP	RFC4743				
834-846	tu	u		Unassigned					
847	t	a	dhcp-failover2	dhcp-failover 2					
847	u	a	dhcp-failover2	dhcp-failover 2					
848	t	a	gdoi	GDOI	RFC3547				
848	u	a	gdoi	GDOI	RFC3547				
849-852	tu	u		Unassigned					
853	t	a	domain-s	DNS query-response protocol run over TLS	RFC7858			2015-10-08	2022-04-11
853	u	a	domain-s	DNS query-response protocol run over DTLS or QUIC	RFC7858|RFC8094|RFC9250			2015-10-08	2022-04-01
854	t	a	dlep	Dynamic Link Exchange Protocol (DLEP)	RFC8175			2017-04-03	
854	u	a	dlep	Dynamic Link Exchange Protocol (DLEP)	RFC8175			2017-04-03	
855-859	tu	u		Unassigned					
860	t	a	iscsi	iSCSI	RFC7143				2013-08-27
860	u	a	iscsi	iSCSI	RFC7143				2013-08-27
861	t	a	owamp-control	OWAMP-Control	RFC4656				
861	u	a	owamp-test	OWAMP-Test	RFC8545				2018-12-21
862	t	a	twamp-control	TWAMP-Control	RFC5357				
862	u	a	twamp-test	TWAMP-Test Receiver Port	RFC8545				2018-12-21
863-872	tu	u		Unassigned					
873	t	a	rsync	rsync					
873	u	a	rsync	rsync					
874-885	tu	u		Unassigned					
886	t	a	iclcnet-locate	ICL coNETion locate server					
886	u	a	iclcnet-locate	ICL coNETion locate server					
887	t	a	iclcnet-svinfo	ICL coNETion server info\nIANA assigned this well-formed service name as a replacement for "iclcnet_svinfo".					
887	t	a	iclcnet_svinfo	ICL coNETion server info		This entry is an alias to "iclcnet-svinfo".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
887	u	a	iclcnet-svinfo	ICL coNETion server info\nIANA assigned this well-formed service name as a replacement for "iclcnet_svinfo".					
887	u	a	iclcnet_svinfo	ICL coNETion server info		This entry is an alias to "iclcnet-svinfo".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
888	t	a	accessbuilder	AccessBuilder					
888	u	a	accessbuilder	AccessBuilder					
888	t	a	cddbp	CD Database Protocol		This entry records an unassigned but widespread use			
889-899	tu	u		Unassigned					
900	t	a	omginitialrefs	OMG Initial Refs					
900	u	a	omginitialrefs	OMG Initial Refs					
901	t	a	smpnameres	SMPNAMERES					
901	u	a	smpnameres	SMPNAMERES					
902	t	a	ideafarm-door	self documenting Telnet Door					
902	u	a	ideafarm-door	self documenting Door: send 0x00 for info					
903	t	a	ideafarm-panic	self documenting Telnet Panic Door					
903	u	a	ideafarm-panic	self documenting Panic Door: send 0x00 for info					
904-909	tu	u		Unassigned					
910	t	a	kink	Kerberized Internet Negotiation of Keys (KINK)	RFC4430				
910	u	a	kink	Kerberized Internet Negotiation of Keys (KINK)	RFC4430				
911	t	a	xact-backup	xact-backup					
911	u	a	xact-backup	xact-backup					
912	t	a	apex-mesh	APEX relay-relay service					
912	u	a	apex-mesh	APEX relay-relay service					
913	t	a	apex-edge	APEX endpoint-relay service	RFC3340				
913	u	a	apex-edge	APEX endpoint-relay service	RFC3340				
914	t	r		Reserved					
914	u	a	rift-lies	Routing in Fat Trees Link Information Element	RFC9692			2023-02-17	2024-06-07
915	t	r		Reserved					
915	u	a	rift-ties	Routing in Fat Trees Topology Information Element	RFC9692			2023-02-17	2024-06-07
916-952	tu	u		Unassigned					
953	t	a	rndc	BIND9 remote name daemon controller				2017-06-08	
953	u	r		Reserved					
954-988	tu	u		Unassigned					
989	t	a	ftps-data	ftp protocol, data, over TLS/SSL					
989	u	a	ftps-data	ftp protocol, data, over TLS/SSL					
990	t	a	ftps	ftp protocol, control, over TLS/SSL					
990	u	a	ftps	ftp protocol, control, over TLS/SSL					
991	t	a	nas	Netnews Administration System	RFC4707				2017-02-10
991	u	a	nas	Netnews Administration System	RFC4707				2017-02-10
992	t	a	telnets	telnet protocol over TLS/SSL					
992	u	a	telnets	telnet protocol over TLS/SSL					
993	t	a	imaps	IMAP over TLS protocol	RFC3501|RFC8314|RFC9051				2021-02-22
993	u	r		Reserved	RFC9051				2021-02-22
994	t	r		Reserved		(previous contact was[Christopher_Allen])			2011-08-31
994	u	r		Reserved					
995	t	a	pop3s	POP3 over TLS protocol	RFC8314				2017-12-12
995	u	a	pop3s	pop3 protocol over TLS/SSL (was spop3)					
996	t	a	vsinet	vsinet					
996	u	a	vsinet	vsinet					
997	t	a	maitrd						
997	u	a	maitrd						
998	t	a	busboy						
998	u	a	puparp						
999	t	a	garcon						
999	u	a	applix	Applix ac					
999	t	a	puprouter						
999	u	a	puprouter						
1000	t	a	cadlock2						
1000	u	a	cadlock2						
1001	t	a	webpush	HTTP Web Push	RFC8030			2016-11-01	
1001	u	r		Reserved					
1002-1007	tu	u		Unassigned					
1008	u	r		Possibly used by Sun Solaris????					
1009	tu	u		Unassigned					
1010	t	a	surf	surf					
1010	u	a	surf	surf					
1011-1020	tu	r		Reserved					
1021	t	a	exp1	RFC3692-style Experiment 1	1|RFC4727|RFC6335				
1021	u	a	exp1	RFC3692-style Experiment 1	1|RFC4727|RFC6335				
1021	s	a	exp1	RFC3692-style Experiment 1	1|RFC4727|RFC6335				
1021	d	a	exp1	RFC3692-style Experiment 1	1|RFC4727|RFC6335				
1022	t	a	exp2	RFC3692-style Experiment 2	1|RFC4727|RFC6335				
1022	u	a	exp2	RFC3692-style Experiment 2	1|RFC4727|RFC6335				
1022	s	a	exp2	RFC3692-style Experiment 2	1|RFC4727|RFC6335				
1022	d	a	exp2	RFC3692-style Experiment 2	1|RFC4727|RFC6335				
1023	t	r		Reserved	RFC6335				2024-12-20
1023	u	r		Reserved	RFC6335				2024-12-20
1024	t	r		Reserved	RFC6335				2024-12-20
1024	u	r		Reserved	RFC6335				2024-12-20
1025	t	a	blackjack	network blackjack					
1025	u	a	blackjack	network blackjack					
1026	t	a	cap	Calendar Access Protocol				2010-12-09	
1026	u	a	cap	Calendar Access Protocol				2010-12-09	
1027	u	a	6a44	IPv6 Behind NAT44 CPEs	RFC6751			2012-08-02	
1027	t	r		Reserved					
1028	tu	u		Deprecated					2004-02
1029	t	a	solid-mux	Solid Mux Server				2004-11	
1029	u	a	solid-mux	Solid Mux Server				2004-11	
1030	tu	r		Reserved		This entry is being removed on 2013-05-24.			2013-05-24
1031	tu	r		Reserved		This entry is being removed on 2013-05-24.			2013-05-24
1032	tu	r		Reserved		This entry is being removed on 2013-05-24.			2013-05-24
1033	t	a	netinfo-local	local netinfo port				2002-08	
1033	u	a	netinfo-local	local netinfo port				2002-08	
1034	t	a	activesync	ActiveSync Notifications				2003-03	
1034	u	a	activesync	ActiveSync Notifications				2003-03	
1035	t	a	mxxrlogin	MX-XR RPC				2003-04	2015-05-05
1035	u	a	mxxrlogin	MX-XR RPC				2003-04	2015-05-05
1036	t	a	nsstp	Nebula Secure Segment Transfer Protocol					
1036	u	a	nsstp	Nebula Secure Segment Transfer Protocol					
1037	t	a	ams	AMS				2004-02	
1037	u	a	ams	AMS				2004-02	
1038	t	a	mtqp	Message Tracking Query Protocol	RFC3887				
1038	u	a	mtqp	Message Tracking Query Protocol	RFC3887				
1039	t	a	sbl	Streamlined Blackhole				2004-11	
1039	u	a	sbl	Streamlined Blackhole				2004-11	
1040	t	a	netarx	Netarx Netcare				2008-04-03	
1040	u	a	netarx	Netarx Netcare				2008-04-03	
1041	t	a	danf-ak2	AK2 Product				2004-11	
1041	u	a	danf-ak2	AK2 Product				2004-11	
1042	t	a	afrog	Subnet Roaming				2004-11	
1042	u	a	afrog	Subnet Roaming				2004-11	
1043	t	a	boinc-client	BOINC Client Control				2004-11	
1043	u	a	boinc-client	BOINC Client Control				2004-11	
1044	t	a	dcutility	Dev Consortium Utility				2004-11	
1044	u	a	dcutility	Dev Consortium Utility				2004-11	
1045	t	a	fpitp	Fingerprint Image Transfer Protocol				2002-02	
1045	u	a	fpitp	Fingerprint Image Transfer Protocol				2002-02	
1046	t	a	wfremotertm	WebFilter Remote Monitor				2004-11	
1046	u	a	wfremotertm	WebFilter Remote Monitor				2004-11	
1047	t	a	neod1	Sun's NEO Object Request Broker					
1047	u	a	neod1	Sun's NEO Object Request Broker					
1048	t	a	neod2	Sun's NEO Object Request Broker					
1048	u	a	neod2	Sun's NEO Object Request Broker					
1049	t	a	td-postman	Tobit David Postman VPMN					
1049	u	a	td-postman	Tobit David Postman VPMN					
1050	t	a	cma	CORBA Management Agent					
1050	u	a	cma	CORBA Management Agent					
1051	t	a	optima-vnet	Optima VNET					
1051	u	a	optima-vnet	Optima VNET					
1052	t	a	ddt	Dynamic DNS Tools					
1052	u	a	ddt	Dynamic DNS Tools					
1053	t	a	remote-as	Remote Assistant (RA)			Unauthorized Use Known on port 1053		
1053	u	a	remote-as	Remote Assistant (RA)					
1054	t	a	brvread	BRVREAD					
1054	u	a	brvread	BRVREAD					
1055	t	a	ansyslmd	ANSYS - License Manager					
1055	u	a	ansyslmd	ANSYS - License Manager					
1056	t	a	vfo	VFO					
1056	u	a	vfo	VFO					
1057	t	a	startron	STARTRON					
1057	u	a	startron	STARTRON					
1058	t	a	nim	nim					
1058	u	a	nim	nim					
1059	t	a	nimreg	nimreg					
1059	u	a	nimreg	nimreg					
1060	t	a	polestar	POLESTAR					
1060	u	a	polestar	POLESTAR					
1061	t	a	kiosk	KIOSK					
1061	u	a	kiosk	KIOSK					
1062	t	a	veracity	Veracity					
1062	u	a	veracity	Veracity					
1063	t	a	kyoceranetdev	KyoceraNetDev					
1063	u	a	kyoceranetdev	KyoceraNetDev					
1064	t	a	jstel	JSTEL					
1064	u	a	jstel	JSTEL					
1065	t	a	syscomlan	SYSCOMLAN				2008-12-10	
1065	u	a	syscomlan	SYSCOMLAN				2008-12-10	
1066	t	a	fpo-fns	FPO-FNS					
1066	u	a	fpo-fns	FPO-FNS					
1067	t	a	instl-boots	Installation Bootstrap Proto. Serv.\nIANA assigned this well-formed service name as a replacement for "instl_boots".					
1067	t	a	instl_boots	Installation Bootstrap Proto. Serv.		This entry is an alias to "instl-boots".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1067	u	a	instl-boots	Installation Bootstrap Proto. Serv.\nIANA assigned this well-formed service name as a replacement for "instl_boots".					
1067	u	a	instl_boots	Installation Bootstrap Proto. Serv.		This entry is an alias to "instl-boots".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1068	t	a	instl-bootc	Installation Bootstrap Proto. Cli.\nIANA assigned this well-formed service name as a replacement for "instl_bootc".					
1068	t	a	instl_bootc	Installation Bootstrap Proto. Cli.		This entry is an alias to "instl-bootc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1068	u	a	instl-bootc	Installation Bootstrap Proto. Cli.\nIANA assigned this well-formed service name as a replacement for "instl_bootc".					
1068	u	a	instl_bootc	Installation Bootstrap Proto. Cli.		This entry is an alias to "instl-bootc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1069	t	a	cognex-insight	COGNEX-INSIGHT					
1069	u	a	cognex-insight	COGNEX-INSIGHT					
1070	t	a	gmrupdateserv	GMRUpdateSERV					
1070	u	a	gmrupdateserv	GMRUpdateSERV					
1071	t	a	bsquare-voip	BSQUARE-VOIP					
1071	u	a	bsquare-voip	BSQUARE-VOIP					
1072	t	a	cardax	CARDAX					
1072	u	a	cardax	CARDAX					
1073	t	a	bridgecontrol	Bridge Control					
1073	u	a	bridgecontrol	Bridge Control					
1074	t	a	warmspotMgmt	Warmspot Management Protocol					
1074	u	a	warmspotMgmt	Warmspot Management Protocol					
1075	t	a	rdrmshc	RDRMSHC					
1075	u	a	rdrmshc	RDRMSHC					
1076	t	a	dab-sti-c	DAB STI-C					
1076	u	a	dab-sti-c	DAB STI-C					
1077	t	a	imgames	IMGames					
1077	u	a	imgames	IMGames					
1078	t	a	avocent-proxy	Avocent Proxy Protocol					
1078	u	a	avocent-proxy	Avocent Proxy Protocol					
1079	t	a	asprovatalk	ASPROVATalk					
1079	u	a	asprovatalk	ASPROVATalk					
1080	t	a	socks	Socks					
1080	u	a	socks	Socks					
1081	t	a	pvuniwien	PVUNIWIEN					
1081	u	a	pvuniwien	PVUNIWIEN					
1082	t	a	amt-esd-prot	AMT-ESD-PROT					
1082	u	a	amt-esd-prot	AMT-ESD-PROT					
1083	t	a	ansoft-lm-1	Anasoft License Manager					
1083	u	a	ansoft-lm-1	Anasoft License Manager					
1084	t	a	ansoft-lm-2	Anasoft License Manager					
1084	u	a	ansoft-lm-2	Anasoft License Manager					
1085	t	a	webobjects	Web Objects					
1085	u	a	webobjects	Web Objects					
1086	t	a	cplscrambler-lg	CPL Scrambler Logging					
1086	u	a	cplscrambler-lg	CPL Scrambler Logging					
1087	t	a	cplscrambler-in	CPL Scrambler Internal					
1087	u	a	cplscrambler-in	CPL Scrambler Internal					
1088	t	a	cplscrambler-al	CPL Scrambler Alarm Log					
1088	u	a	cplscrambler-al	CPL Scrambler Alarm Log					
1089	t	a	ff-annunc	FF Annunciation					
1089	u	a	ff-annunc	FF Annunciation					
1090	t	a	ff-fms	FF Fieldbus Message Specification					
1090	u	a	ff-fms	FF Fieldbus Message Specification					
1091	t	a	ff-sm	FF System Management					
1091	u	a	ff-sm	FF System Management					
1092	t	a	obrpd	Open Business Reporting Protocol					
1092	u	a	obrpd	Open Business Reporting Protocol					
1093	t	a	proofd	PROOFD					
1093	u	a	proofd	PROOFD					
1094	t	a	rootd	ROOTD					
1094	u	a	rootd	ROOTD					
1095	t	a	nicelink	NICELink					
1095	u	a	nicelink	NICELink					
1096	t	a	cnrprotocol	Common Name Resolution Protocol					
1096	u	a	cnrprotocol	Common Name Resolution Protocol					
1097	t	a	sunclustermgr	Sun Cluster Manager					
1097	u	a	sunclustermgr	Sun Cluster Manager					
1098	t	a	rmiactivation	RMI Activation					
1098	u	a	rmiactivation	RMI Activation					
1099	t	a	rmiregistry	RMI Registry					
1099	u	a	rmiregistry	RMI Registry					
1100	t	a	mctp	MCTP					
1100	u	a	mctp	MCTP					
1101	t	a	pt2-discover	PT2-DISCOVER					
1101	u	a	pt2-discover	PT2-DISCOVER					
1102	t	a	adobeserver-1	ADOBE SERVER 1					
1102	u	a	adobeserver-1	ADOBE SERVER 1					
1103	t	a	adobeserver-2	ADOBE SERVER 2					
1103	u	a	adobeserver-2	ADOBE SERVER 2					
1104	t	a	xrl	XRL					
1104	u	a	xrl	XRL					
1105	t	a	ftranhc	FTRANHC					
1105	u	a	ftranhc	FTRANHC					
1106	t	a	isoipsigport-1	ISOIPSIGPORT-1					
1106	u	a	isoipsigport-1	ISOIPSIGPORT-1					
1107	t	a	isoipsigport-2	ISOIPSIGPORT-2					
1107	u	a	isoipsigport-2	ISOIPSIGPORT-2					
1108	t	a	ratio-adp	ratio-adp					
1108	u	a	ratio-adp	ratio-adp					
1109	tu	r		Reserved - IANA					
1110	t	a	webadmstart	Start web admin server					
1110	u	a	nfsd-keepalive	Client status info					
1111	t	a	lmsocialserver	LM Social Server					
1111	u	a	lmsocialserver	LM Social Server					
1112	t	a	icp	Intelligent Communication Protocol					
1112	u	a	icp	Intelligent Communication Protocol					
1113	t	a	ltp-deepspace	Licklider Transmission Protocol	RFC5326				
1113	u	a	ltp-deepspace	Licklider Transmission Protocol	RFC5326|RFC7122				2014-02-21
1113	d	a	ltp-deepspace	Licklider Transmission Protocol	RFC7122			2013-11-12	2014-02-21
1114	t	a	mini-sql	Mini SQL					
1114	u	a	mini-sql	Mini SQL					
1115	t	a	ardus-trns	ARDUS Transfer					
1115	u	a	ardus-trns	ARDUS Transfer					
1116	t	a	ardus-cntl	ARDUS Control					
1116	u	a	ardus-cntl	ARDUS Control					
1117	t	a	ardus-mtrns	ARDUS Multicast Transfer					
1117	u	a	ardus-mtrns	ARDUS Multicast Transfer					
1118	t	a	sacred	SACRED	RFC3767				
1118	u	a	sacred	SACRED	RFC3767				
1119	t	a	bnetgame	Battle.net Chat/Game Protocol					
1119	u	a	bnetgame	Battle.net Chat/Game Protocol					
1120	t	a	bnetfile	Battle.net File Transfer Protocol				2005-04	
1120	u	a	bnetfile	Battle.net File Transfer Protocol				2005-04	
1121	t	a	rmpp	Datalode RMPP				2003-11	
1121	u	a	rmpp	Datalode RMPP				2003-11	
1122	t	a	availant-mgr	availant-mgr					
1122	u	a	availant-mgr	availant-mgr					
1123	t	a	murray	Murray					
1123	u	a	murray	Murray					
1124	t	a	hpvmmcontrol	HP VMM Control					
1124	u	a	hpvmmcontrol	HP VMM Control					
1125	t	a	hpvmmagent	HP VMM Agent					
1125	u	a	hpvmmagent	HP VMM Agent					
1126	t	a	hpvmmdata	HP VMM Agent				2004-11	
1126	u	a	hpvmmdata	HP VMM Agent				2004-11	
1127	t	a	kwdb-commn	KWDB Remote Communication				2005-08	
1127	u	a	kwdb-commn	KWDB Remote Communication				2005-08	
1128	t	a	saphostctrl	SAPHostControl over SOAP/HTTP					
1128	u	a	saphostctrl	SAPHostControl over SOAP/HTTP					
1129	t	a	saphostctrls	SAPHostControl over SOAP/HTTPS				2006-04	
1129	u	a	saphostctrls	SAPHostControl over SOAP/HTTPS				2006-04	
1130	t	a	casp	CAC App Service Protocol					
1130	u	a	casp	CAC App Service Protocol					
1131	t	a	caspssl	CAC App Service Protocol Encripted				2006-02	
1131	u	a	caspssl	CAC App Service Protocol Encripted				2006-02	
1132	t	a	kvm-via-ip	KVM-via-IP Management Service				2006-03	
1132	u	a	kvm-via-ip	KVM-via-IP Management Service				2006-03	
1133	t	a	dfn	Data Flow Network				2006-02	2021-03-04
1133	u	a	dfn	Data Flow Network				2006-02	2021-03-04
1134	t	a	aplx	MicroAPL APLX				2006-02	
1134	u	a	aplx	MicroAPL APLX				2006-02	
1135	t	a	omnivision	OmniVision Communication Service				2006-02	
1135	u	a	omnivision	OmniVision Communication Service				2006-02	
1136	t	a	hhb-gateway	HHB Gateway Control				2006-02	
1136	u	a	hhb-gateway	HHB Gateway Control				2006-02	
1137	t	a	trim	TRIM Workgroup Service				2006-03	
1137	u	a	trim	TRIM Workgroup Service				2006-03	
1138	t	a	encrypted-admin	encrypted admin requests\nIANA assigned this well-formed service name as a replacement for "encrypted_admin".				2007-01	
1138	t	a	encrypted_admin	encrypted admin requests		This entry is an alias to "encrypted-admin".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-01	
1138	u	a	encrypted-admin	encrypted admin requests\nIANA assigned this well-formed service name as a replacement for "encrypted_admin".				2007-01	
1138	u	a	encrypted_admin	encrypted admin requests		This entry is an alias to "encrypted-admin".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-01	
1139	t	a	evm	Enterprise Virtual Manager				2007-10-04	
1139	u	a	evm	Enterprise Virtual Manager				2007-10-04	
1140	t	a	autonoc	AutoNOC Network Operations Protocol				2005-12	
1140	u	a	autonoc	AutoNOC Network Operations Protocol				2005-12	
1141	t	a	mxomss	User Message Service				2006-01	
1141	u	a	mxomss	User Message Service				2006-01	
1142	t	a	edtools	User Discovery Service				2006-01	
1142	u	a	edtools	User Discovery Service				2006-01	
1143	t	a	imyx	Infomatryx Exchange				2006-03	
1143	u	a	imyx	Infomatryx Exchange				2006-03	
1144	t	a	fuscript	Fusion Script				2006-01	
1144	u	a	fuscript	Fusion Script				2006-01	
1145	t	a	x9-icue	X9 iCue Show Control				2006-01	
1145	u	a	x9-icue	X9 iCue Show Control				2006-01	
1146	t	a	audit-transfer	audit transfer				2005-11	
1146	u	a	audit-transfer	audit transfer				2005-11	
1147	t	a	capioverlan	CAPIoverLAN				2005-11	
1147	u	a	capioverlan	CAPIoverLAN				2005-11	
1148	t	a	elfiq-repl	Elfiq Replication Service				2005-11	
1148	u	a	elfiq-repl	Elfiq Replication Service				2005-11	
1149	t	a	bvtsonar	BlueView Sonar Service				2005-11	2012-09-19
1149	u	a	bvtsonar	BlueView Sonar Service				2005-11	2012-09-19
1150	t	a	blaze	Blaze File Server				2005-11	
1150	u	a	blaze	Blaze File Server				2005-11	
1151	t	a	unizensus	Unizensus Login Server				2005-11	
1151	u	a	unizensus	Unizensus Login Server				2005-11	
1152	t	a	winpoplanmess	Winpopup LAN Messenger				2005-11	
1152	u	a	winpoplanmess	Winpopup LAN Messenger				2005-11	
1153	t	a	c1222-acse	ANSI C12.22 Port	RFC6142				
1153	u	a	c1222-acse	ANSI C12.22 Port	RFC6142				
1154	t	a	resacommunity	Community Service				2005-09	
1154	u	a	resacommunity	Community Service				2005-09	
1155	t	a	nfa	Network File Access					
1155	u	a	nfa	Network File Access					
1156	t	a	iascontrol-oms	iasControl OMS				2004-11	
1156	u	a	iascontrol-oms	iasControl OMS				2004-11	
1157	t	a	iascontrol	Oracle iASControl				2004-11	
1157	u	a	iascontrol	Oracle iASControl				2004-11	
1158	t	a	dbcontrol-oms	dbControl OMS				2004-11	
1158	u	a	dbcontrol-oms	dbControl OMS				2004-11	
1159	t	a	oracle-oms	Oracle OMS				2004-11	
1159	u	a	oracle-oms	Oracle OMS				2004-11	
1160	t	a	olsv	DB Lite Mult-User Server				2005-08	
1160	u	a	olsv	DB Lite Mult-User Server				2005-08	
1161	t	a	health-polling	Health Polling					
1161	u	a	health-polling	Health Polling					
1162	t	a	health-trap	Health Trap					
1162	u	a	health-trap	Health Trap					
1163	t	a	sddp	SmartDialer Data Protocol				2004-11	
1163	u	a	sddp	SmartDialer Data Protocol				2004-11	
1164	t	a	qsm-proxy	QSM Proxy Service				2004-11	
1164	u	a	qsm-proxy	QSM Proxy Service				2004-11	
1165	t	a	qsm-gui	QSM GUI Service				2004-11	
1165	u	a	qsm-gui	QSM GUI Service				2004-11	
1166	t	a	qsm-remote	QSM RemoteExec				2004-11	
1166	u	a	qsm-remote	QSM RemoteExec				2004-11	
1167	t	a	cisco-ipsla	Cisco IP SLAs Control Protocol				2006-03	
1167	u	a	cisco-ipsla	Cisco IP SLAs Control Protocol				2006-03	
1167	s	a	cisco-ipsla	Cisco IP SLAs Control Protocol				2006-03	
1168	t	a	vchat	VChat Conference Service				2002-09	
1168	u	a	vchat	VChat Conference Service				2002-09	
1169	t	a	tripwire	TRIPWIRE					
1169	u	a	tripwire	TRIPWIRE					
1170	t	a	atc-lm	AT+C License Manager				2004-02	
1170	u	a	atc-lm	AT+C License Manager				2004-02	
1171	t	a	atc-appserver	AT+C FmiApplicationServer				2004-02	
1171	u	a	atc-appserver	AT+C FmiApplicationServer				2004-02	
1172	t	a	dnap	DNA Protocol				2004-11	
1172	u	a	dnap	DNA Protocol				2004-11	
1173	t	a	d-cinema-rrp	D-Cinema Request-Response				2004-11	
1173	u	a	d-cinema-rrp	D-Cinema Request-Response				2004-11	
1174	t	a	fnet-remote-ui	FlashNet Remote Admin				2004-11	
1174	u	a	fnet-remote-ui	FlashNet Remote Admin				2004-11	
1175	t	a	dossier	Dossier Server				2004-11	
1175	u	a	dossier	Dossier Server				2004-11	
1176	t	a	indigo-server	Indigo Home Server				2004-11	
1176	u	a	indigo-server	Indigo Home Server				2004-11	
1177	t	a	dkmessenger	DKMessenger Protocol				2004-11	
1177	u	a	dkmessenger	DKMessenger Protocol				2004-11	
1178	t	a	sgi-storman	SGI Storage Manager				2004-11	
1178	u	a	sgi-storman	SGI Storage Manager				2004-11	
1179	t	a	b2n	Backup To Neighbor				2004-11	
1179	u	a	b2n	Backup To Neighbor				2004-11	
1180	t	a	mc-client	Millicent Client Proxy					
1180	u	a	mc-client	Millicent Client Proxy					
1181	t	a	3comnetman	3Com Net Management				2004-11	
1181	u	a	3comnetman	3Com Net Management				2004-11	
1182	t	a	accelenet	AcceleNet Control					
1182	u	a	accelenet-data	AcceleNet Data				2010-09-10	
1183	t	a	llsurfup-http	LL Surfup HTTP					
1183	u	a	llsurfup-http	LL Surfup HTTP					
1184	t	a	llsurfup-https	LL Surfup HTTPS					
1184	u	a	llsurfup-https	LL Surfup HTTPS					
1185	t	a	catchpole	Catchpole port				2002-03	
1185	u	a	catchpole	Catchpole port				2002-03	
1186	t	a	mysql-cluster	MySQL Cluster Manager				2004-11	
1186	u	a	mysql-cluster	MySQL Cluster Manager				2004-11	
1187	t	a	alias	Alias Service				2004-11	
1187	u	a	alias	Alias Service				2004-11	
1188	t	a	hp-webadmin	HP Web Admin					
1188	u	a	hp-webadmin	HP Web Admin					
1189	t	a	unet	Unet Connection				2004-11	
1189	u	a	unet	Unet Connection				2004-11	
1190	t	a	commlinx-avl	CommLinx GPS / AVL System				2004-11	
1190	u	a	commlinx-avl	CommLinx GPS / AVL System				2004-11	
1191	t	a	gpfs	General Parallel File System				2004-11	
1191	u	a	gpfs	General Parallel File System				2004-11	
1192	t	a	caids-sensor	caids sensors channel				2004-11	
1192	u	a	caids-sensor	caids sensors channel				2004-11	
1193	t	a	fiveacross	Five Across Server				2004-11	
1193	u	a	fiveacross	Five Across Server				2004-11	
1194	t	a	openvpn	OpenVPN				2004-11	
1194	u	a	openvpn	OpenVPN				2004-11	
1195	t	a	rsf-1	RSF-1 clustering				2004-11	
1195	u	a	rsf-1	RSF-1 clustering				2004-11	
1196	t	a	netmagic	Network Magic				2005-08	
1196	u	a	netmagic	Network Magic				2005-08	
1197	t	a	carrius-rshell	Carrius Remote Access				2005-08	
1197	u	a	carrius-rshell	Carrius Remote Access				2005-08	
1198	t	a	cajo-discovery	cajo reference discovery				2005-08	
1198	u	a	cajo-discovery	cajo reference discovery				2005-08	
1199	t	a	dmidi	DMIDI				2002-02	
1199	u	a	dmidi	DMIDI				2002-02	
1200	t	a	scol	SCOL					
1200	u	a	scol	SCOL					
1201	t	a	nucleus-sand	Nucleus Sand Database Server					
1201	u	a	nucleus-sand	Nucleus Sand Database Server					
1202	t	a	caiccipc	caiccipc					
1202	u	a	caiccipc	caiccipc					
1203	t	a	ssslic-mgr	License Validation					
1203	u	a	ssslic-mgr	License Validation					
1204	t	a	ssslog-mgr	Log Request Listener					
1204	u	a	ssslog-mgr	Log Request Listener					
1205	t	a	accord-mgc	Accord-MGC					
1205	u	a	accord-mgc	Accord-MGC					
1206	t	a	anthony-data	Anthony Data					
1206	u	a	anthony-data	Anthony Data					
1207	t	a	metasage	MetaSage					
1207	u	a	metasage	MetaSage					
1208	t	a	seagull-ais	SEAGULL AIS					
1208	u	a	seagull-ais	SEAGULL AIS					
1209	t	a	ipcd3	IPCD3					
1209	u	a	ipcd3	IPCD3					
1210	t	a	eoss	EOSS					
1210	u	a	eoss	EOSS					
1211	t	a	groove-dpp	Groove DPP					
1211	u	a	groove-dpp	Groove DPP					
1212	t	a	lupa	lupa					
1212	u	a	lupa	lupa					
1213	t	a	mpc-lifenet	Medtronic/Physio-Control LIFENET					2014-02-14
1213	u	a	mpc-lifenet	Medtronic/Physio-Control LIFENET					2014-02-14
1214	t	a	kazaa	KAZAA					
1214	u	a	kazaa	KAZAA					
1215	t	a	scanstat-1	scanSTAT 1.0					
1215	u	a	scanstat-1	scanSTAT 1.0					
1216	t	a	etebac5	ETEBAC 5					
1216	u	a	etebac5	ETEBAC 5					
1217	t	a	hpss-ndapi	HPSS NonDCE Gateway					
1217	u	a	hpss-ndapi	HPSS NonDCE Gateway					
1218	t	a	aeroflight-ads	AeroFlight-ADs					
1218	u	a	aeroflight-ads	AeroFlight-ADs					
1219	t	a	aeroflight-ret	AeroFlight-Ret					
1219	u	a	aeroflight-ret	AeroFlight-Ret					
1220	t	a	qt-serveradmin	QT SERVER ADMIN					
1220	u	a	qt-serveradmin	QT SERVER ADMIN					
1221	t	a	sweetware-apps	SweetWARE Apps					
1221	u	a	sweetware-apps	SweetWARE Apps					
1222	t	a	nerv	SNI R&D network					
1222	u	a	nerv	SNI R&D network					
1223	t	a	tgp	TrulyGlobal Protocol				2008-05-20	
1223	u	a	tgp	TrulyGlobal Protocol				2008-05-20	
1224	t	a	vpnz	VPNz					
1224	u	a	vpnz	VPNz					
1225	t	a	slinkysearch	SLINKYSEARCH					
1225	u	a	slinkysearch	SLINKYSEARCH					
1226	t	a	stgxfws	STGXFWS					
1226	u	a	stgxfws	STGXFWS					
1227	t	a	dns2go	DNS2Go					2015-07-15
1227	u	a	dns2go	DNS2Go					2015-07-15
1228	t	a	florence	FLORENCE					
1228	u	a	florence	FLORENCE					
1229	t	a	zented	ZENworks Tiered Electronic Distribution					
1229	u	a	zented	ZENworks Tiered Electronic Distribution					
1230	t	a	periscope	Periscope					
1230	u	a	periscope	Periscope					
1231	t	a	menandmice-lpm	menandmice-lpm					
1231	u	a	menandmice-lpm	menandmice-lpm					
1232	t	a	first-defense	Remote systems monitoring		Microsoft (unoffically) using 1232		2012-09-21	
1232	u	a	first-defense	Remote systems monitoring		Microsoft (unoffically) using 1232		2012-09-21	
1233	t	a	univ-appserver	Universal App Server					
1233	u	a	univ-appserver	Universal App Server					
1234	t	a	search-agent	Infoseek Search Agent					
1234	u	a	search-agent	Infoseek Search Agent					
1235	t	a	mosaicsyssvc1	mosaicsyssvc1					
1235	u	a	mosaicsyssvc1	mosaicsyssvc1					
1236	t	a	bvcontrol	bvcontrol					
1236	u	a	bvcontrol	bvcontrol					
1237	t	a	tsdos390	tsdos390					
1237	u	a	tsdos390	tsdos390					
1238	t	a	hacl-qs	hacl-qs					
1238	u	a	hacl-qs	hacl-qs					
1239	t	a	nmsd	NMSD					
1239	u	a	nmsd	NMSD					
1240	t	a	instantia	Instantia					
1240	u	a	instantia	Instantia					
1241	t	a	nessus	nessus					
1241	u	a	nessus	nessus					
1242	t	a	nmasoverip	NMAS over IP					
1242	u	a	nmasoverip	NMAS over IP					
1243	t	a	serialgateway	SerialGateway					
1243	u	a	serialgateway	SerialGateway					
1244	t	a	isbconference1	isbconference1					
1244	u	a	isbconference1	isbconference1					
1245	t	a	isbconference2	isbconference2					
1245	u	a	isbconference2	isbconference2					
1246	t	a	payrouter	payrouter					
1246	u	a	payrouter	payrouter					
1247	t	a	visionpyramid	VisionPyramid					
1247	u	a	visionpyramid	VisionPyramid					
1248	t	a	hermes	hermes					
1248	u	a	hermes	hermes					
1249	t	a	mesavistaco	Mesa Vista Co					
1249	u	a	mesavistaco	Mesa Vista Co					
1250	t	a	swldy-sias	swldy-sias					
1250	u	a	swldy-sias	swldy-sias					
1251	t	a	servergraph	servergraph					
1251	u	a	servergraph	servergraph					
1252	t	a	bspne-pcc	bspne-pcc					
1252	u	a	bspne-pcc	bspne-pcc					
1253	t	a	q55-pcc	q55-pcc					
1253	u	a	q55-pcc	q55-pcc					
1254	t	a	de-noc	de-noc					
1254	u	a	de-noc	de-noc					
1255	t	a	de-cache-query	de-cache-query					
1255	u	a	de-cache-query	de-cache-query					
1256	t	a	de-server	de-server					
1256	u	a	de-server	de-server					
1257	t	a	shockwave2	Shockwave 2					
1257	u	a	shockwave2	Shockwave 2					
1258	t	a	opennl	Open Network Library					
1258	u	a	opennl	Open Network Library					
1259	t	a	opennl-voice	Open Network Library Voice					
1259	u	a	opennl-voice	Open Network Library Voice					
1260	t	a	ibm-ssd	ibm-ssd					
1260	u	a	ibm-ssd	ibm-ssd					
1261	t	a	mpshrsv	mpshrsv					
1261	u	a	mpshrsv	mpshrsv					
1262	t	a	qnts-orb	QNTS-ORB					
1262	u	a	qnts-orb	QNTS-ORB					
1263	t	a	dka	dka					
1263	u	a	dka	dka					
1264	t	a	prat	PRAT					
1264	u	a	prat	PRAT					
1265	t	a	dssiapi	DSSIAPI					
1265	u	a	dssiapi	DSSIAPI					
1266	t	a	dellpwrappks	DELLPWRAPPKS					
1266	u	a	dellpwrappks	DELLPWRAPPKS					
1267	t	a	epc	eTrust Policy Compliance					
1267	u	a	epc	eTrust Policy Compliance					
1268	t	a	propel-msgsys	PROPEL-MSGSYS					
1268	u	a	propel-msgsys	PROPEL-MSGSYS					
1269	t	a	watilapp	WATiLaPP					
1269	u	a	watilapp	WATiLaPP					
1270	t	a	opsmgr	Microsoft Operations Manager					
1270	u	a	opsmgr	Microsoft Operations Manager					
1271	t	a	excw	eXcW					
1271	u	a	excw	eXcW					
1272	t	a	cspmlockmgr	CSPMLockMgr					
1272	u	a	cspmlockmgr	CSPMLockMgr					
1273	t	a	emc-gateway	EMC-Gateway					
1273	u	a	emc-gateway	EMC-Gateway					
1274	t	a	t1distproc	t1distproc					
1274	u	a	t1distproc	t1distproc					
1275	t	a	ivcollector	ivcollector					
1275	u	a	ivcollector	ivcollector					
1276	t	r		Reserved		This entry has been removed on 2014-05-23.			2014-05-23
1276	u	r		Reserved		This entry has been removed on 2014-05-23.			2014-05-23
1277	t	a	miva-mqs	mqs					
1277	u	a	miva-mqs	mqs					
1278	t	a	dellwebadmin-1	Dell Web Admin 1					
1278	u	a	dellwebadmin-1	Dell Web Admin 1					
1279	t	a	dellwebadmin-2	Dell Web Admin 2					
1279	u	a	dellwebadmin-2	Dell Web Admin 2					
1280	t	a	pictrography	Pictrography					
1280	u	a	pictrography	Pictrography					
1281	t	a	healthd	healthd					
1281	u	a	healthd	healthd					
1282	t	a	emperion	Emperion					
1282	u	a	emperion	Emperion					
1283	t	a	productinfo	Product Information					
1283	u	a	productinfo	Product Information					
1284	t	a	iee-qfx	IEE-QFX				2009-10-19	
1284	u	a	iee-qfx	IEE-QFX				2009-10-19	
1285	t	a	neoiface	neoiface					
1285	u	a	neoiface	neoiface					
1286	t	a	netuitive	netuitive					
1286	u	a	netuitive	netuitive					
1287	t	a	routematch	RouteMatch Com				2005-11	
1287	u	a	routematch	RouteMatch Com				2005-11	
1288	t	a	navbuddy	NavBuddy					
1288	u	a	navbuddy	NavBuddy					
1289	t	a	jwalkserver	JWalkServer					
1289	u	a	jwalkserver	JWalkServer					
1290	t	a	winjaserver	WinJaServer					
1290	u	a	winjaserver	WinJaServer					
1291	t	a	seagulllms	SEAGULLLMS					
1291	u	a	seagulllms	SEAGULLLMS					
1292	t	a	dsdn	dsdn					
1292	u	a	dsdn	dsdn					
1293	t	a	pkt-krb-ipsec	PKT-KRB-IPSec					
1293	u	a	pkt-krb-ipsec	PKT-KRB-IPSec					
1294	t	a	cmmdriver	CMMdriver					
1294	u	a	cmmdriver	CMMdriver					
1295	t	a	ehtp	End-by-Hop Transmission Protocol					
1295	u	a	ehtp	End-by-Hop Transmission Protocol					
1296	t	a	dproxy	dproxy					
1296	u	a	dproxy	dproxy					
1297	t	a	sdproxy	sdproxy					
1297	u	a	sdproxy	sdproxy					
1298	t	a	lpcp	lpcp					
1298	u	a	lpcp	lpcp					
1299	t	a	hp-sci	hp-sci					
1299	u	a	hp-sci	hp-sci					
1300	t	a	h323hostcallsc	H.323 Secure Call Control Signalling					2013-01-31
1300	u	a	h323hostcallsc	H.323 Secure Call Control Signalling					2013-01-31
1301	t	r		Reserved		De-Assigned on 2019-10-30			2019-10-30
1301	u	r		Reserved		De-Assigned on 2019-10-30			2019-10-30
1302	t	r		Reserved		De-Assigned on 2019-10-30			2019-10-30
1302	u	r		Reserved		De-Assigned on 2019-10-30			2019-10-30
1303	t	a	sftsrv	sftsrv					
1303	u	a	sftsrv	sftsrv					
1304	t	a	boomerang	Boomerang					
1304	u	a	boomerang	Boomerang					
1305	t	a	pe-mike	pe-mike					
1305	u	a	pe-mike	pe-mike					
1306	t	a	re-conn-proto	RE-Conn-Proto					
1306	u	a	re-conn-proto	RE-Conn-Proto					
1307	t	a	pacmand	Pacmand					
1307	u	a	pacmand	Pacmand					
1308	t	a	odsi	Optical Domain Service Interconnect (ODSI)					
1308	u	a	odsi	Optical Domain Service Interconnect (ODSI)					
1309	t	a	jtag-server	JTAG server					
1309	u	a	jtag-server	JTAG server					
1310	t	a	husky	Husky					
1310	u	a	husky	Husky					
1311	t	a	rxmon	RxMon					
1311	u	a	rxmon	RxMon					
1312	t	a	sti-envision	STI Envision					
1312	u	a	sti-envision	STI Envision					
1313	t	a	bmc-patroldb	BMC_PATROLDB\nIANA assigned this well-formed service name as a replacement for "bmc_patroldb".					
1313	t	a	bmc_patroldb	BMC_PATROLDB		This entry is an alias to "bmc-patroldb".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1313	u	a	bmc-patroldb	BMC_PATROLDB\nIANA assigned this well-formed service name as a replacement for "bmc_patroldb".					
1313	u	a	bmc_patroldb	BMC_PATROLDB		This entry is an alias to "bmc-patroldb".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1314	t	a	pdps	Photoscript Distributed Printing System					
1314	u	a	pdps	Photoscript Distributed Printing System					
1315	t	a	els	E.L.S., Event Listener Service					
1315	u	a	els	E.L.S., Event Listener Service					
1316	t	a	exbit-escp	Exbit-ESCP					
1316	u	a	exbit-escp	Exbit-ESCP					
1317	t	a	vrts-ipcserver	vrts-ipcserver					
1317	u	a	vrts-ipcserver	vrts-ipcserver					
1318	t	a	krb5gatekeeper	krb5gatekeeper					
1318	u	a	krb5gatekeeper	krb5gatekeeper					
1319	t	a	amx-icsp	AMX-ICSP					
1319	u	a	amx-icsp	AMX-ICSP					
1320	t	a	amx-axbnet	AMX-AXBNET					
1320	u	a	amx-axbnet	AMX-AXBNET					
1321	t	a	pip	PIP					
1321	u	a	pip	PIP					
1322	t	a	novation	Novation					
1322	u	a	novation	Novation					
1323	t	a	brcd	brcd					
1323	u	a	brcd	brcd					
1324	t	a	delta-mcp	delta-mcp					
1324	u	a	delta-mcp	delta-mcp					
1325	t	a	dx-instrument	DX-Instrument					
1325	u	a	dx-instrument	DX-Instrument					
1326	t	a	wimsic	WIMSIC					
1326	u	a	wimsic	WIMSIC					
1327	t	a	ultrex	Ultrex					
1327	u	a	ultrex	Ultrex					
1328	t	a	ewall	EWALL					
1328	u	a	ewall	EWALL					
1329	t	a	netdb-export	netdb-export					
1329	u	a	netdb-export	netdb-export					
1330	t	a	streetperfect	StreetPerfect					
1330	u	a	streetperfect	StreetPerfect					
1331	t	a	intersan	intersan					
1331	u	a	intersan	intersan					
1332	t	a	pcia-rxp-b	PCIA RXP-B					
1332	u	a	pcia-rxp-b	PCIA RXP-B					
1333	t	a	passwrd-policy	Password Policy					
1333	u	a	passwrd-policy	Password Policy					
1334	t	a	writesrv	writesrv					
1334	u	a	writesrv	writesrv					
1335	t	a	digital-notary	Digital Notary Protocol					
1335	u	a	digital-notary	Digital Notary Protocol					
1336	t	a	ischat	Instant Service Chat					
1336	u	a	ischat	Instant Service Chat					
1337	t	a	menandmice-dns	menandmice DNS					
1337	u	a	menandmice-dns	menandmice DNS					
1338	t	a	wmc-log-svc	WMC-log-svr					
1338	u	a	wmc-log-svc	WMC-log-svr					
1339	t	a	kjtsiteserver	kjtsiteserver					
1339	u	a	kjtsiteserver	kjtsiteserver					
1340	t	a	naap	NAAP					
1340	u	a	naap	NAAP					
1341	t	a	qubes	QuBES					
1341	u	a	qubes	QuBES					
1342	t	a	esbroker	ESBroker					
1342	u	a	esbroker	ESBroker					
1343	t	a	re101	re101					
1343	u	a	re101	re101					
1344	t	a	icap	ICAP					
1344	u	a	icap	ICAP					
1345	t	a	vpjp	VPJP					
1345	u	a	vpjp	VPJP					
1346	t	a	alta-ana-lm	Alta Analytics License Manager					
1346	u	a	alta-ana-lm	Alta Analytics License Manager					
1347	t	a	bbn-mmc	multi media conferencing					
1347	u	a	bbn-mmc	multi media conferencing					
1348	t	a	bbn-mmx	multi media conferencing					
1348	u	a	bbn-mmx	multi media conferencing					
1349	t	a	sbook	Registration Network Protocol					
1349	u	a	sbook	Registration Network Protocol					
1350	t	a	editbench	Registration Network Protocol					
1350	u	a	editbench	Registration Network Protocol					
1351	t	a	equationbuilder	Digital Tool Works (MIT)					
1351	u	a	equationbuilder	Digital Tool Works (MIT)					
1352	t	a	lotusnote	Lotus Note				1992-07	
1352	u	a	lotusnote	Lotus Note				1992-07	
1353	t	a	relief	Relief Consulting					
1353	u	a	relief	Relief Consulting					
1354	t	a	XSIP-network	Five Across XSIP Network					
1354	u	a	XSIP-network	Five Across XSIP Network					
1355	t	a	intuitive-edge	Intuitive Edge					
1355	u	a	intuitive-edge	Intuitive Edge					
1356	t	a	cuillamartin	CuillaMartin Company					
1356	u	a	cuillamartin	CuillaMartin Company					
1357	t	a	pegboard	Electronic PegBoard					
1357	u	a	pegboard	Electronic PegBoard					
1358	t	a	connlcli	CONNLCLI					
1358	u	a	connlcli	CONNLCLI					
1359	t	a	ftsrv	FTSRV					
1359	u	a	ftsrv	FTSRV					
1360	t	a	mimer	MIMER					
1360	u	a	mimer	MIMER					
1361	t	a	linx	LinX					
1361	u	a	linx	LinX					
1362	t	a	timeflies	TimeFlies					
1362	u	a	timeflies	TimeFlies					
1363	t	a	ndm-requester	Network DataMover Requester					
1363	u	a	ndm-requester	Network DataMover Requester					
1364	t	a	ndm-server	Network DataMover Server					
1364	u	a	ndm-server	Network DataMover Server					
1365	t	a	adapt-sna	Network Software Associates					
1365	u	a	adapt-sna	Network Software Associates					
1366	t	a	netware-csp	Novell NetWare Comm Service Platform					
1366	u	a	netware-csp	Novell NetWare Comm Service Platform					
1367	t	a	dcs	DCS					
1367	u	a	dcs	DCS					
1368	t	a	screencast	ScreenCast					
1368	u	a	screencast	ScreenCast					
1369	t	a	gv-us	GlobalView to Unix Shell					
1369	u	a	gv-us	GlobalView to Unix Shell					
1370	t	a	us-gv	Unix Shell to GlobalView					
1370	u	a	us-gv	Unix Shell to GlobalView					
1371	t	a	fc-cli	Fujitsu Config Protocol					
1371	u	a	fc-cli	Fujitsu Config Protocol					
1372	t	a	fc-ser	Fujitsu Config Protocol					
1372	u	a	fc-ser	Fujitsu Config Protocol					
1373	t	a	chromagrafx	Chromagrafx					
1373	u	a	chromagrafx	Chromagrafx					
1374	t	a	molly	EPI Software Systems					
1374	u	a	molly	EPI Software Systems					
1375	t	a	bytex	Bytex					
1375	u	a	bytex	Bytex					
1376	t	a	ibm-pps	IBM Person to Person Software					
1376	u	a	ibm-pps	IBM Person to Person Software					
1377	t	a	cichlid	Cichlid License Manager					
1377	u	a	cichlid	Cichlid License Manager					
1378	t	a	elan	Elan License Manager					
1378	u	a	elan	Elan License Manager					
1379	t	a	dbreporter	Integrity Solutions					
1379	u	a	dbreporter	Integrity Solutions					
1380	t	a	telesis-licman	Telesis Network License Manager					
1380	u	a	telesis-licman	Telesis Network License Manager					
1381	t	a	apple-licman	Apple Network License Manager					
1381	u	a	apple-licman	Apple Network License Manager					
1382	t	a	udt-os	udt_os\nIANA assigned this well-formed service name as a replacement for "udt_os".					
1382	t	a	udt_os	udt_os		This entry is an alias to "udt-os".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1382	u	a	udt-os	udt_os\nIANA assigned this well-formed service name as a replacement for "udt_os".					
1382	u	a	udt_os	udt_os		This entry is an alias to "udt-os".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1383	t	a	gwha	GW Hannaway Network License Manager					
1383	u	a	gwha	GW Hannaway Network License Manager					
1384	t	a	os-licman	Objective Solutions License Manager					
1384	u	a	os-licman	Objective Solutions License Manager					
1385	t	a	atex-elmd	Atex Publishing License Manager\nIANA assigned this well-formed service name as a replacement for "atex_elmd".					
1385	t	a	atex_elmd	Atex Publishing License Manager		This entry is an alias to "atex-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1385	u	a	atex-elmd	Atex Publishing License Manager\nIANA assigned this well-formed service name as a replacement for "atex_elmd".					
1385	u	a	atex_elmd	Atex Publishing License Manager		This entry is an alias to "atex-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1386	t	a	checksum	CheckSum License Manager					
1386	u	a	checksum	CheckSum License Manager					
1387	t	a	cadsi-lm	Computer Aided Design Software Inc LM					
1387	u	a	cadsi-lm	Computer Aided Design Software Inc LM					
1388	t	a	objective-dbc	Objective Solutions DataBase Cache					
1388	u	a	objective-dbc	Objective Solutions DataBase Cache					
1389	t	a	iclpv-dm	Document Manager					
1389	u	a	iclpv-dm	Document Manager					
1390	t	a	iclpv-sc	Storage Controller					
1390	u	a	iclpv-sc	Storage Controller					
1391	t	a	iclpv-sas	Storage Access Server					
1391	u	a	iclpv-sas	Storage Access Server					
1392	t	a	iclpv-pm	Print Manager					
1392	u	a	iclpv-pm	Print Manager					
1393	t	a	iclpv-nls	Network Log Server					
1393	u	a	iclpv-nls	Network Log Server					
1394	t	a	iclpv-nlc	Network Log Client					
1394	u	a	iclpv-nlc	Network Log Client					
1395	t	a	iclpv-wsm	PC Workstation Manager software					
1395	u	a	iclpv-wsm	PC Workstation Manager software					
1396	t	a	dvl-activemail	DVL Active Mail					
1396	u	a	dvl-activemail	DVL Active Mail					
1397	t	a	audio-activmail	Audio Active Mail					
1397	u	a	audio-activmail	Audio Active Mail					
1398	t	a	video-activmail	Video Active Mail					
1398	u	a	video-activmail	Video Active Mail					
1399	t	a	cadkey-licman	Cadkey License Manager					
1399	u	a	cadkey-licman	Cadkey License Manager					
1400	t	a	cadkey-tablet	Cadkey Tablet Daemon					
1400	u	a	cadkey-tablet	Cadkey Tablet Daemon					
1401	t	a	goldleaf-licman	Goldleaf License Manager					
1401	u	a	goldleaf-licman	Goldleaf License Manager					
1402	t	a	prm-sm-np	Prospero Resource Manager					
1402	u	a	prm-sm-np	Prospero Resource Manager					
1403	t	a	prm-nm-np	Prospero Resource Manager					
1403	u	a	prm-nm-np	Prospero Resource Manager					
1404	t	a	igi-lm	Infinite Graphics License Manager					
1404	u	a	igi-lm	Infinite Graphics License Manager					
1405	t	a	ibm-res	IBM Remote Execution Starter					
1405	u	a	ibm-res	IBM Remote Execution Starter					
1406	t	a	netlabs-lm	NetLabs License Manager					
1406	u	a	netlabs-lm	NetLabs License Manager					
1407	t	a	tibet-server	TIBET Data Server		This port has been retasked on 2015-06-16.		2015-06-16	
1407	u	r		Reserved		This port has been removed on 2015-06-16.			
1408	t	a	sophia-lm	Sophia License Manager					
1408	u	a	sophia-lm	Sophia License Manager					
1409	t	a	here-lm	Here License Manager					
1409	u	a	here-lm	Here License Manager					
1410	t	a	hiq	HiQ License Manager					
1410	u	a	hiq	HiQ License Manager					
1411	t	a	af	AudioFile					
1411	u	a	af	AudioFile					
1412	t	a	innosys	InnoSys					
1412	u	a	innosys	InnoSys					
1413	t	a	innosys-acl	Innosys-ACL					
1413	u	a	innosys-acl	Innosys-ACL					
1414	t	a	ibm-mqseries	IBM MQSeries					
1414	u	a	ibm-mqseries	IBM MQSeries					
1415	t	a	dbstar	DBStar					
1415	u	a	dbstar	DBStar					
1416	t	a	novell-lu6-2	Novell LU6.2\nIANA assigned this well-formed service name as a replacement for "novell-lu6.2".					
1416	t	a	novell-lu6.2	Novell LU6.2		This entry is an alias to "novell-lu6-2".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1416	u	a	novell-lu6-2	Novell LU6.2\nIANA assigned this well-formed service name as a replacement for "novell-lu6.2".					
1416	u	a	novell-lu6.2	Novell LU6.2		This entry is an alias to "novell-lu6-2".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1417	t	a	timbuktu-srv1	Timbuktu Service 1 Port					
1417	u	a	timbuktu-srv1	Timbuktu Service 1 Port					
1418	t	a	timbuktu-srv2	Timbuktu Service 2 Port					
1418	u	a	timbuktu-srv2	Timbuktu Service 2 Port					
1419	t	a	timbuktu-srv3	Timbuktu Service 3 Port					
1419	u	a	timbuktu-srv3	Timbuktu Service 3 Port					
1420	t	a	timbuktu-srv4	Timbuktu Service 4 Port					
1420	u	a	timbuktu-srv4	Timbuktu Service 4 Port					
1421	t	a	gandalf-lm	Gandalf License Manager					
1421	u	a	gandalf-lm	Gandalf License Manager					
1422	t	a	autodesk-lm	Autodesk License Manager					
1422	u	a	autodesk-lm	Autodesk License Manager					
1423	t	a	essbase	Essbase Arbor Software					
1423	u	a	essbase	Essbase Arbor Software					
1424	t	a	hybrid	Hybrid Encryption Protocol					
1424	u	a	hybrid	Hybrid Encryption Protocol					
1425	t	a	zion-lm	Zion Software License Manager					
1425	u	a	zion-lm	Zion Software License Manager					
1426	t	a	sais	Satellite-data Acquisition System 1					
1426	u	a	sais	Satellite-data Acquisition System 1					
1427	t	a	mloadd	mloadd monitoring tool					
1427	u	a	mloadd	mloadd monitoring tool					
1428	t	a	informatik-lm	Informatik License Manager					
1428	u	a	informatik-lm	Informatik License Manager					
1429	t	a	nms	Hypercom NMS					
1429	u	a	nms	Hypercom NMS					
1430	t	a	tpdu	Hypercom TPDU					
1430	u	a	tpdu	Hypercom TPDU					
1431	t	a	rgtp	Reverse Gossip Transport					
1431	u	a	rgtp	Reverse Gossip Transport					
1432	t	a	blueberry-lm	Blueberry Software License Manager					
1432	u	a	blueberry-lm	Blueberry Software License Manager					
1433	t	a	ms-sql-s	Microsoft-SQL-Server					
1433	u	a	ms-sql-s	Microsoft-SQL-Server					
1434	t	a	ms-sql-m	Microsoft-SQL-Monitor					
1434	u	a	ms-sql-m	Microsoft-SQL-Monitor					
1435	t	a	ibm-cics	IBM CICS					
1435	u	a	ibm-cics	IBM CICS					
1436	t	a	saism	Satellite-data Acquisition System 2					
1436	u	a	saism	Satellite-data Acquisition System 2					
1437	t	a	tabula	Tabula					
1437	u	a	tabula	Tabula					
1438	t	a	eicon-server	Eicon Security Agent/Server					
1438	u	a	eicon-server	Eicon Security Agent/Server					
1439	t	a	eicon-x25	Eicon X25/SNA Gateway					
1439	u	a	eicon-x25	Eicon X25/SNA Gateway					
1440	t	a	eicon-slp	Eicon Service Location Protocol					
1440	u	a	eicon-slp	Eicon Service Location Protocol					
1441	t	a	cadis-1	Cadis License Management					
1441	u	a	cadis-1	Cadis License Management					
1442	t	a	cadis-2	Cadis License Management					
1442	u	a	cadis-2	Cadis License Management					
1443	t	a	ies-lm	Integrated Engineering Software					
1443	u	a	ies-lm	Integrated Engineering Software					
1444	t	a	marcam-lm	Marcam  License Management					
1444	u	a	marcam-lm	Marcam  License Management					
1445	t	a	proxima-lm	Proxima License Manager					
1445	u	a	proxima-lm	Proxima License Manager					
1446	t	a	ora-lm	Optical Research Associates License Manager					
1446	u	a	ora-lm	Optical Research Associates License Manager					
1447	t	a	apri-lm	Applied Parallel Research LM					
1447	u	a	apri-lm	Applied Parallel Research LM					
1448	t	a	oc-lm	OpenConnect License Manager					
1448	u	a	oc-lm	OpenConnect License Manager					
1449	t	a	peport	PEport					
1449	u	a	peport	PEport					
1450	t	a	dwf	Tandem Distributed Workbench Facility					
1450	u	a	dwf	Tandem Distributed Workbench Facility					
1451	t	a	infoman	IBM Information Management					
1451	u	a	infoman	IBM Information Management					
1452	t	a	gtegsc-lm	GTE Government Systems License Man					
1452	u	a	gtegsc-lm	GTE Government Systems License Man					
1453	t	a	genie-lm	Genie License Manager					
1453	u	a	genie-lm	Genie License Manager					
1454	t	a	interhdl-elmd	interHDL License Manager\nIANA assigned this well-formed service name as a replacement for "interhdl_elmd".					
1454	t	a	interhdl_elmd	interHDL License Manager		This entry is an alias to "interhdl-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1454	u	a	interhdl-elmd	interHDL License Manager\nIANA assigned this well-formed service name as a replacement for "interhdl_elmd".					
1454	u	a	interhdl_elmd	interHDL License Manager		This entry is an alias to "interhdl-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1455	t	a	esl-lm	ESL License Manager					
1455	u	a	esl-lm	ESL License Manager					
1456	t	a	dca	DCA					
1456	u	a	dca	DCA					
1457	t	a	valisys-lm	Valisys License Manager					
1457	u	a	valisys-lm	Valisys License Manager					
1458	t	a	nrcabq-lm	Nichols Research Corp.					
1458	u	a	nrcabq-lm	Nichols Research Corp.					
1459	t	a	proshare1	Proshare Notebook Application					
1459	u	a	proshare1	Proshare Notebook Application					
1460	t	a	proshare2	Proshare Notebook Application					
1460	u	a	proshare2	Proshare Notebook Application					
1461	t	a	ibm-wrless-lan	IBM Wireless LAN\nIANA assigned this well-formed service name as a replacement for "ibm_wrless_lan".					
1461	t	a	ibm_wrless_lan	IBM Wireless LAN		This entry is an alias to "ibm-wrless-lan".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1461	u	a	ibm-wrless-lan	IBM Wireless LAN\nIANA assigned this well-formed service name as a replacement for "ibm_wrless_lan".					
1461	u	a	ibm_wrless_lan	IBM Wireless LAN		This entry is an alias to "ibm-wrless-lan".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1462	t	a	world-lm	World License Manager					
1462	u	a	world-lm	World License Manager					
1463	t	a	nucleus	Nucleus					
1463	u	a	nucleus	Nucleus					
1464	t	a	msl-lmd	MSL License Manager\nIANA assigned this well-formed service name as a replacement for "msl_lmd".					
1464	t	a	msl_lmd	MSL License Manager		This entry is an alias to "msl-lmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1464	u	a	msl-lmd	MSL License Manager\nIANA assigned this well-formed service name as a replacement for "msl_lmd".					
1464	u	a	msl_lmd	MSL License Manager		This entry is an alias to "msl-lmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1465	t	a	pipes	Pipes Platform					
1465	u	a	pipes	Pipes Platform					
1466	t	a	oceansoft-lm	Ocean Software License Manager					
1466	u	a	oceansoft-lm	Ocean Software License Manager					
1467	t	a	csdmbase	CSDMBASE					
1467	u	a	csdmbase	CSDMBASE					
1468	t	a	csdm	CSDM					
1468	u	a	csdm	CSDM					
1469	t	a	aal-lm	Active Analysis Limited License Manager					
1469	u	a	aal-lm	Active Analysis Limited License Manager					
1470	t	a	uaiact	Universal Analytics					
1470	u	a	uaiact	Universal Analytics					
1471	t	a	csdmbase	csdmbase					
1471	u	a	csdmbase	csdmbase					
1472	t	a	csdm	csdm					
1472	u	a	csdm	csdm					
1473	t	a	openmath	OpenMath					
1473	u	a	openmath	OpenMath					
1474	t	a	telefinder	Telefinder					
1474	u	a	telefinder	Telefinder					
1475	t	a	taligent-lm	Taligent License Manager					
1475	u	a	taligent-lm	Taligent License Manager					
1476	t	a	clvm-cfg	clvm-cfg					
1476	u	a	clvm-cfg	clvm-cfg					
1477	t	a	ms-sna-server	ms-sna-server					
1477	u	a	ms-sna-server	ms-sna-server					
1478	t	a	ms-sna-base	ms-sna-base					
1478	u	a	ms-sna-base	ms-sna-base					
1479	t	a	dberegister	dberegister					
1479	u	a	dberegister	dberegister					
1480	t	a	pacerforum	PacerForum					
1480	u	a	pacerforum	PacerForum					
1481	t	a	airs	AIRS					
1481	u	a	airs	AIRS					
1482	t	a	miteksys-lm	Miteksys License Manager					
1482	u	a	miteksys-lm	Miteksys License Manager					
1483	t	a	afs	AFS License Manager					
1483	u	a	afs	AFS License Manager					
1484	t	a	confluent	Confluent License Manager					
1484	u	a	confluent	Confluent License Manager					
1485	t	a	lansource	LANSource					
1485	u	a	lansource	LANSource					
1486	t	a	nms-topo-serv	nms_topo_serv\nIANA assigned this well-formed service name as a replacement for "nms_topo_serv".					
1486	t	a	nms_topo_serv	nms_topo_serv		This entry is an alias to "nms-topo-serv".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1486	u	a	nms-topo-serv	nms_topo_serv\nIANA assigned this well-formed service name as a replacement for "nms_topo_serv".					
1486	u	a	nms_topo_serv	nms_topo_serv		This entry is an alias to "nms-topo-serv".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1487	t	a	localinfosrvr	LocalInfoSrvr					
1487	u	a	localinfosrvr	LocalInfoSrvr					
1488	t	a	docstor	DocStor					
1488	u	a	docstor	DocStor					
1489	t	a	dmdocbroker	dmdocbroker					
1489	u	a	dmdocbroker	dmdocbroker					
1490	t	a	insitu-conf	insitu-conf					
1490	u	a	insitu-conf	insitu-conf					
1491	tu	u		Unassigned			Unauthorized Use Known on port 1491		2009-08-05
1492	t	a	stone-design-1	stone-design-1					
1492	u	a	stone-design-1	stone-design-1					
1493	t	a	netmap-lm	netmap_lm\nIANA assigned this well-formed service name as a replacement for "netmap_lm".					
1493	t	a	netmap_lm	netmap_lm		This entry is an alias to "netmap-lm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1493	u	a	netmap-lm	netmap_lm\nIANA assigned this well-formed service name as a replacement for "netmap_lm".					
1493	u	a	netmap_lm	netmap_lm		This entry is an alias to "netmap-lm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1494	t	a	ica	ica					
1494	u	a	ica	ica					
1495	t	a	cvc	cvc					
1495	u	a	cvc	cvc					
1496	t	a	liberty-lm	liberty-lm					
1496	u	a	liberty-lm	liberty-lm					
1497	t	a	rfx-lm	rfx-lm					
1497	u	a	rfx-lm	rfx-lm					
1498	t	a	sybase-sqlany	Sybase SQL Any					
1498	u	a	sybase-sqlany	Sybase SQL Any					
1499	t	a	fhc	Federico Heinz Consultora					
1499	u	a	fhc	Federico Heinz Consultora					
1500	t	a	vlsi-lm	VLSI License Manager					
1500	u	a	vlsi-lm	VLSI License Manager					
1501	t	a	saiscm	Satellite-data Acquisition System 3					
1501	u	a	saiscm	Satellite-data Acquisition System 3					
1502	t	a	shivadiscovery	Shiva					
1502	u	a	shivadiscovery	Shiva					
1503	t	a	imtc-mcs	Databeam					
1503	u	a	imtc-mcs	Databeam					
1504	t	a	evb-elm	EVB Software Engineering License Manager					
1504	u	a	evb-elm	EVB Software Engineering License Manager					
1505	t	a	funkproxy	Funk Software, Inc.					
1505	u	a	funkproxy	Funk Software, Inc.					
1506	t	a	utcd	Universal Time daemon (utcd)					
1506	u	a	utcd	Universal Time daemon (utcd)					
1507	t	a	symplex	symplex					
1507	u	a	symplex	symplex					
1508	t	a	diagmond	diagmond					
1508	u	a	diagmond	diagmond					
1509	t	a	robcad-lm	Robcad, Ltd. License Manager					
1509	u	a	robcad-lm	Robcad, Ltd. License Manager					
1510	t	a	mvx-lm	Midland Valley Exploration Ltd. Lic. Man.					
1510	u	a	mvx-lm	Midland Valley Exploration Ltd. Lic. Man.					
1511	t	a	3l-l1	3l-l1					
1511	u	a	3l-l1	3l-l1					
1512	t	a	wins	Microsoft's Windows Internet Name Service					
1512	u	a	wins	Microsoft's Windows Internet Name Service					
1513	t	a	fujitsu-dtc	Fujitsu Systems Business of America, Inc					
1513	u	a	fujitsu-dtc	Fujitsu Systems Business of America, Inc					
1514	t	a	fujitsu-dtcns	Fujitsu Systems Business of America, Inc					
1514	u	a	fujitsu-dtcns	Fujitsu Systems Business of America, Inc					
1515	t	a	ifor-protocol	ifor-protocol					
1515	u	a	ifor-protocol	ifor-protocol					
1516	t	a	vpad	Virtual Places Audio data					
1516	u	a	vpad	Virtual Places Audio data					
1517	t	a	vpac	Virtual Places Audio control					
1517	u	a	vpac	Virtual Places Audio control					
1518	t	a	vpvd	Virtual Places Video data					
1518	u	a	vpvd	Virtual Places Video data					
1519	t	a	vpvc	Virtual Places Video control					
1519	u	a	vpvc	Virtual Places Video control					
1520	t	a	atm-zip-office	atm zip office					
1520	u	a	atm-zip-office	atm zip office					
1521	t	a	ncube-lm	nCube License Manager			Unauthorized Use Known on port 1521		2022-02-14
1521	u	a	ncube-lm	nCube License Manager			Unauthorized Use Known on port 1521		2022-02-14
1522	t	a	ricardo-lm	Ricardo North America License Manager					
1522	u	a	ricardo-lm	Ricardo North America License Manager					
1523	t	a	cichild-lm	cichild					
1523	u	a	cichild-lm	cichild					
1524	t	a	ingreslock	ingres					
1524	u	a	ingreslock	ingres					
1525	t	a	orasrv	oracle					
1525	u	a	orasrv	oracle					
1525	t	a	prospero-np	Prospero Directory Service non-priv					
1525	u	a	prospero-np	Prospero Directory Service non-priv					
1526	t	a	pdap-np	Prospero Data Access Prot non-priv					
1526	u	a	pdap-np	Prospero Data Access Prot non-priv					
1527	t	a	tlisrv	oracle					
1527	u	a	tlisrv	oracle					
1528	t	a	norp	Not Only a Routeing Protocol				2021-04-07	
1528	u	a	norp	Not Only a Routeing Protocol				2016-09-13	2021-04-07
1528	s	a	norp	Not Only a Routeing Protocol				2021-04-07	
1529	t	a	coauthor	oracle					
1529	u	a	coauthor	oracle					
1530	t	a	rap-service	rap-service					
1530	u	a	rap-service	rap-service					
1531	t	a	rap-listen	rap-listen					
1531	u	a	rap-listen	rap-listen					
1532	t	a	miroconnect	miroconnect					
1532	u	a	miroconnect	miroconnect					
1533	t	a	virtual-places	Virtual Places Software					
1533	u	a	virtual-places	Virtual Places Software					
1534	t	a	micromuse-lm	micromuse-lm					
1534	u	a	micromuse-lm	micromuse-lm					
1535	t	a	ampr-info	ampr-info					
1535	u	a	ampr-info	ampr-info					
1536	t	a	ampr-inter	ampr-inter					
1536	u	a	ampr-inter	ampr-inter					
1537	t	a	sdsc-lm	isi-lm					
1537	u	a	sdsc-lm	isi-lm					
1538	t	a	3ds-lm	3ds-lm					
1538	u	a	3ds-lm	3ds-lm					
1539	t	a	intellistor-lm	Intellistor License Manager					
1539	u	a	intellistor-lm	Intellistor License Manager					
1540	t	a	rds	rds					
1540	u	a	rds	rds					
1541	t	a	rds2	rds2					
1541	u	a	rds2	rds2					
1542	t	a	gridgen-elmd	gridgen-elmd					
1542	u	a	gridgen-elmd	gridgen-elmd					
1543	t	a	simba-cs	simba-cs					
1543	u	a	simba-cs	simba-cs					
1544	t	a	aspeclmd	aspeclmd					
1544	u	a	aspeclmd	aspeclmd					
1545	t	a	vistium-share	vistium-share					
1545	u	a	vistium-share	vistium-share					
1546	t	a	abbaccuray	abbaccuray					
1546	u	a	abbaccuray	abbaccuray					
1547	t	a	laplink	laplink					
1547	u	a	laplink	laplink					
1548	t	a	axon-lm	Axon License Manager					
1548	u	a	axon-lm	Axon License Manager					
1549	t	a	shivahose	Shiva Hose					
1549	u	a	shivasound	Shiva Sound					
1550	t	a	3m-image-lm	Image Storage license manager 3M Company					
1550	u	a	3m-image-lm	Image Storage license manager 3M Company					
1551	t	a	hecmtl-db	HECMTL-DB					
1551	u	a	hecmtl-db	HECMTL-DB					
1552	t	a	pciarray	pciarray					
1552	u	a	pciarray	pciarray					
1553	t	a	sna-cs	sna-cs					
1553	u	a	sna-cs	sna-cs					
1554	t	a	caci-lm	CACI Products Company License Manager					
1554	u	a	caci-lm	CACI Products Company License Manager					
1555	t	a	livelan	livelan					
1555	u	a	livelan	livelan					
1556	t	a	veritas-pbx	VERITAS Private Branch Exchange\nIANA assigned this well-formed service name as a replacement for "veritas_pbx".				2004-04	
1556	t	a	veritas_pbx	VERITAS Private Branch Exchange		This entry is an alias to "veritas-pbx".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2004-04	
1556	u	a	veritas-pbx	VERITAS Private Branch Exchange\nIANA assigned this well-formed service name as a replacement for "veritas_pbx".				2004-04	
1556	u	a	veritas_pbx	VERITAS Private Branch Exchange		This entry is an alias to "veritas-pbx".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2004-04	
1557	t	a	arbortext-lm	ArborText License Manager					
1557	u	a	arbortext-lm	ArborText License Manager					
1558	t	a	xingmpeg	xingmpeg					
1558	u	a	xingmpeg	xingmpeg					
1559	t	a	web2host	web2host					
1559	u	a	web2host	web2host					
1560	t	a	asci-val	ASCI-RemoteSHADOW					
1560	u	a	asci-val	ASCI-RemoteSHADOW					
1561	t	a	facilityview	facilityview					
1561	u	a	facilityview	facilityview					
1562	t	a	pconnectmgr	pconnectmgr					
1562	u	a	pconnectmgr	pconnectmgr					
1563	t	a	cadabra-lm	Cadabra License Manager					
1563	u	a	cadabra-lm	Cadabra License Manager					
1564	t	a	pay-per-view	Pay-Per-View					
1564	u	a	pay-per-view	Pay-Per-View					
1565	t	a	winddlb	WinDD					
1565	u	a	winddlb	WinDD					
1566	t	a	corelvideo	CORELVIDEO					
1566	u	a	corelvideo	CORELVIDEO					
1567	t	a	jlicelmd	jlicelmd					
1567	u	a	jlicelmd	jlicelmd					
1568	t	a	tsspmap	tsspmap					
1568	u	a	tsspmap	tsspmap					
1569	t	a	ets	ets					
1569	u	a	ets	ets					
1570	t	a	orbixd	orbixd					
1570	u	a	orbixd	orbixd					
1571	t	a	rdb-dbs-disp	Oracle Remote Data Base					
1571	u	a	rdb-dbs-disp	Oracle Remote Data Base					
1572	t	a	chip-lm	Chipcom License Manager					
1572	u	a	chip-lm	Chipcom License Manager					
1573	t	a	itscomm-ns	itscomm-ns					
1573	u	a	itscomm-ns	itscomm-ns					
1574	t	a	mvel-lm	mvel-lm					
1574	u	a	mvel-lm	mvel-lm					
1575	t	a	oraclenames	oraclenames					
1575	u	a	oraclenames	oraclenames					
1576	t	a	moldflow-lm	Moldflow License Manager					
1576	u	a	moldflow-lm	Moldflow License Manager					
1577	t	a	hypercube-lm	hypercube-lm					
1577	u	a	hypercube-lm	hypercube-lm					
1578	t	a	jacobus-lm	Jacobus License Manager					
1578	u	a	jacobus-lm	Jacobus License Manager					
1579	t	a	ioc-sea-lm	ioc-sea-lm					
1579	u	a	ioc-sea-lm	ioc-sea-lm					
1580	t	a	tn-tl-r1	tn-tl-r1					
1580	u	a	tn-tl-r2	tn-tl-r2					
1581	t	a	mil-2045-47001	MIL-2045-47001					
1581	u	a	mil-2045-47001	MIL-2045-47001					
1582	t	a	msims	MSIMS					
1582	u	a	msims	MSIMS					
1583	t	a	simbaexpress	simbaexpress					
1583	u	a	simbaexpress	simbaexpress					
1584	t	a	tn-tl-fd2	tn-tl-fd2					
1584	u	a	tn-tl-fd2	tn-tl-fd2					
1585	t	a	intv	intv					
1585	u	a	intv	intv					
1586	t	a	ibm-abtact	ibm-abtact					
1586	u	a	ibm-abtact	ibm-abtact					
1587	t	a	pra-elmd	pra_elmd\nIANA assigned this well-formed service name as a replacement for "pra_elmd".					
1587	t	a	pra_elmd	pra_elmd		This entry is an alias to "pra-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1587	u	a	pra-elmd	pra_elmd\nIANA assigned this well-formed service name as a replacement for "pra_elmd".					
1587	u	a	pra_elmd	pra_elmd		This entry is an alias to "pra-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1588	t	a	triquest-lm	triquest-lm					
1588	u	a	triquest-lm	triquest-lm					
1589	t	a	vqp	VQP					
1589	u	a	vqp	VQP					
1590	t	a	gemini-lm	gemini-lm					
1590	u	a	gemini-lm	gemini-lm					
1591	t	a	ncpm-pm	ncpm-pm					
1591	u	a	ncpm-pm	ncpm-pm					
1592	t	a	commonspace	commonspace					
1592	u	a	commonspace	commonspace					
1593	t	a	mainsoft-lm	mainsoft-lm					
1593	u	a	mainsoft-lm	mainsoft-lm					
1594	t	a	sixtrak	sixtrak					2014-09-22
1594	u	a	sixtrak	sixtrak					2014-09-22
1595	t	a	radio	radio					
1595	u	a	radio	radio					
1596	t	a	radio-sm	radio-sm					
1596	u	a	radio-bc	radio-bc					
1597	t	a	orbplus-iiop	orbplus-iiop					
1597	u	a	orbplus-iiop	orbplus-iiop					
1598	t	a	picknfs	picknfs					
1598	u	a	picknfs	picknfs					
1599	t	a	simbaservices	simbaservices					
1599	u	a	simbaservices	simbaservices					
1600	t	a	issd	issd					
1600	u	a	issd	issd					
1601	t	a	aas	aas					
1601	u	a	aas	aas					
1602	t	a	inspect	inspect					
1602	u	a	inspect	inspect					
1603	t	a	picodbc	pickodbc					
1603	u	a	picodbc	pickodbc					
1604	t	a	icabrowser	icabrowser					
1604	u	a	icabrowser	icabrowser					
1605	t	a	slp	Salutation Manager (Salutation Protocol)					
1605	u	a	slp	Salutation Manager (Salutation Protocol)					
1606	t	a	slm-api	Salutation Manager (SLM-API)					
1606	u	a	slm-api	Salutation Manager (SLM-API)					
1607	t	a	stt	stt					
1607	u	a	stt	stt					
1608	t	a	smart-lm	Smart Corp. License Manager					
1608	u	a	smart-lm	Smart Corp. License Manager					
1609	t	a	isysg-lm	isysg-lm					
1609	u	a	isysg-lm	isysg-lm					
1610	t	a	taurus-wh	taurus-wh					
1610	u	a	taurus-wh	taurus-wh					
1611	t	a	ill	Inter Library Loan					
1611	u	a	ill	Inter Library Loan					
1612	t	a	netbill-trans	NetBill Transaction Server					
1612	u	a	netbill-trans	NetBill Transaction Server					
1613	t	a	netbill-keyrep	NetBill Key Repository					
1613	u	a	netbill-keyrep	NetBill Key Repository					
1614	t	a	netbill-cred	NetBill Credential Server					
1614	u	a	netbill-cred	NetBill Credential Server					
1615	t	a	netbill-auth	NetBill Authorization Server					
1615	u	a	netbill-auth	NetBill Authorization Server					
1616	t	a	netbill-prod	NetBill Product Server					
1616	u	a	netbill-prod	NetBill Product Server					
1617	t	a	nimrod-agent	Nimrod Inter-Agent Communication					
1617	u	a	nimrod-agent	Nimrod Inter-Agent Communication					
1618	t	a	skytelnet	skytelnet					
1618	u	a	skytelnet	skytelnet					
1619	t	a	xs-openstorage	xs-openstorage					
1619	u	a	xs-openstorage	xs-openstorage					
1620	t	a	faxportwinport	faxportwinport					
1620	u	a	faxportwinport	faxportwinport					
1621	t	a	softdataphone	softdataphone					
1621	u	a	softdataphone	softdataphone					
1622	t	a	ontime	ontime					
1622	u	a	ontime	ontime					
1623	t	a	jaleosnd	jaleosnd					
1623	u	a	jaleosnd	jaleosnd					
1624	t	a	udp-sr-port	udp-sr-port					
1624	u	a	udp-sr-port	udp-sr-port					
1625	t	a	svs-omagent	svs-omagent					
1625	u	a	svs-omagent	svs-omagent					
1626	t	a	shockwave	Shockwave					
1626	u	a	shockwave	Shockwave					
1627	t	a	t128-gateway	T.128 Gateway					
1627	u	a	t128-gateway	T.128 Gateway					
1628	t	a	lontalk-norm	LonTalk normal					
1628	u	a	lontalk-norm	LonTalk normal					
1629	t	a	lontalk-urgnt	LonTalk urgent				2008-04-10	
1629	u	a	lontalk-urgnt	LonTalk urgent				2008-04-10	
1630	t	a	oraclenet8cman	Oracle Net8 Cman					
1630	u	a	oraclenet8cman	Oracle Net8 Cman					
1631	t	a	visitview	Visit view					
1631	u	a	visitview	Visit view					
1632	t	a	pammratc	PAMMRATC					
1632	u	a	pammratc	PAMMRATC					
1633	t	a	pammrpc	PAMMRPC					
1633	u	a	pammrpc	PAMMRPC					
1634	t	a	loaprobe	Log On America Probe					
1634	u	a	loaprobe	Log On America Probe					
1635	t	a	edb-server1	EDB Server 1					
1635	u	a	edb-server1	EDB Server 1					
1636	t	a	isdc	ISP shared public data control					
1636	u	a	isdc	ISP shared public data control					
1637	t	a	islc	ISP shared local data control					
1637	u	a	islc	ISP shared local data control					
1638	t	a	ismc	ISP shared management control					
1638	u	a	ismc	ISP shared management control					
1639	t	a	cert-initiator	cert-initiator					
1639	u	a	cert-initiator	cert-initiator					
1640	t	a	cert-responder	cert-responder					
1640	u	a	cert-responder	cert-responder					
1641	t	a	invision	InVision					
1641	u	a	invision	InVision					
1642	t	a	isis-am	isis-am					
1642	u	a	isis-am	isis-am					
1643	t	a	isis-ambc	isis-ambc					
1643	u	a	isis-ambc	isis-ambc					
1644	t	a	saiseh	Satellite-data Acquisition System 4					
1644	u	a	saiseh	Satellite-data Acquisition System 4					
1645	t	a	sightline	SightLine					
1645	u	a	sightline	SightLine					
1646	t	a	sa-msg-port	sa-msg-port					
1646	u	a	sa-msg-port	sa-msg-port					
1647	t	a	rsap	rsap					
1647	u	a	rsap	rsap					
1648	t	a	concurrent-lm	concurrent-lm					
1648	u	a	concurrent-lm	concurrent-lm					
1649	t	a	kermit	kermit					
1649	u	a	kermit	kermit					
1650	t	a	nkd	nkdn					
1650	u	a	nkd	nkd					
1651	t	a	shiva-confsrvr	shiva_confsrvr\nIANA assigned this well-formed service name as a replacement for "shiva_confsrvr".					
1651	t	a	shiva_confsrvr	shiva_confsrvr		This entry is an alias to "shiva-confsrvr".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1651	u	a	shiva-confsrvr	shiva_confsrvr\nIANA assigned this well-formed service name as a replacement for "shiva_confsrvr".					
1651	u	a	shiva_confsrvr	shiva_confsrvr		This entry is an alias to "shiva-confsrvr".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
1652	t	a	xnmp	xnmp					
1652	u	a	xnmp	xnmp					
1653	t	a	alphatech-lm	alphatech-lm					
1653	u	a	alphatech-lm	alphatech-lm					
1654	t	a	stargatealerts	stargatealerts					
1654	u	a	stargatealerts	stargatealerts					
1655	t	a	dec-mbadmin	dec-mbadmin					
1655	u	a	dec-mbadmin	dec-mbadmin					
1656	t	a	dec-mbadmin-h	dec-mbadmin-h					
1656	u	a	dec-mbadmin-h	dec-mbadmin-h					
1657	t	a	fujitsu-mmpdc	fujitsu-mmpdc					
1657	u	a	fujitsu-mmpdc	fujitsu-mmpdc					
1658	t	a	sixnetudr	sixnetudr					2014-05-21
1658	u	a	sixnetudr	sixnetudr					2014-05-21
1659	t	a	sg-lm	Silicon Grail License Manager					
1659	u	a	sg-lm	Silicon Grail License Manager					
1660	t	a	skip-mc-gikreq	skip-mc-gikreq					
1660	u	a	skip-mc-gikreq	skip-mc-gikreq					
1661	t	a	netview-aix-1	netview-aix-1					
1661	u	a	netview-aix-1	netview-aix-1					
1662	t	a	netview-aix-2	netview-aix-2					
1662	u	a	netview-aix-2	netview-aix-2					
1663	t	a	netview-aix-3	netview-aix-3					
1663	u	a	netview-aix-3	netview-aix-3					
1664	t	a	netview-aix-4	netview-aix-4					
1664	u	a	netview-aix-4	netview-aix-4					
1665	t	a	netview-aix-5	netview-aix-5					
1665	u	a	netview-aix-5	netview-aix-5					
1666	t	a	netview-aix-6	netview-aix-6					
1666	u	a	netview-aix-6	netview-aix-6					
1667	t	a	netview-aix-7	netview-aix-7					
1667	u	a	netview-aix-7	netview-aix-7					
1668	t	a	netview-aix-8	netview-aix-8					
1668	u	a	netview-aix-8	netview-aix-8					
1669	t	a	netview-aix-9	netview-aix-9					
1669	u	a	netview-aix-9	netview-aix-9					
1670	t	a	netview-aix-10	netview-aix-10					
1670	u	a	netview-aix-10	netview-aix-10					
1671	t	a	netview-aix-11	netview-aix-11					
1671	u	a	netview-aix-11	netview-aix-11					
1672	t	a	netview-aix-12	netview-aix-12					
1672	u	a	netview-aix-12	netview-aix-12					
1673	t	a	proshare-mc-1	Intel Proshare Multicast					
1673	u	a	proshare-mc-1	Intel Proshare Multicast					
1674	t	a	proshare-mc-2	Intel Proshare Multicast					
1674	u	a	proshare-mc-2	Intel Proshare Multicast					
1675	t	a	pdp	Pacific Data Products					
1675	u	a	pdp	Pacific Data Products					
1676	t	a	netcomm1	netcomm1					
1676	u	a	netcomm2	netcomm2					
1677	t	a	groupwise	groupwise					
1677	u	a	groupwise	groupwise					
1678	t	a	prolink	prolink					
1678	u	a	prolink	prolink					
1679	t	a	darcorp-lm	darcorp-lm					
1679	u	a	darcorp-lm	darcorp-lm					
1680	t	a	microcom-sbp	microcom-sbp					
1680	u	a	microcom-sbp	microcom-sbp					
1681	t	a	sd-elmd	sd-elmd					
1681	u	a	sd-elmd	sd-elmd					
1682	t	a	lanyon-lantern	lanyon-lantern					
1682	u	a	lanyon-lantern	lanyon-lantern					
1683	t	a	ncpm-hip	ncpm-hip					
1683	u	a	ncpm-hip	ncpm-hip					
1684	t	a	snaresecure	SnareSecure					
1684	u	a	snaresecure	SnareSecure					
1685	t	a	n2nremote	n2nremote					
1685	u	a	n2nremote	n2nremote					
1686	t	a	cvmon	cvmon					
1686	u	a	cvmon	cvmon					
1687	t	a	nsjtp-ctrl	nsjtp-ctrl					
1687	u	a	nsjtp-ctrl	nsjtp-ctrl					
1688	t	a	nsjtp-data	nsjtp-data					
1688	u	a	nsjtp-data	nsjtp-data					
1689	t	a	firefox	firefox					
1689	u	a	firefox	firefox					
1690	t	a	ng-umds	ng-umds					
1690	u	a	ng-umds	ng-umds					
1691	t	a	empire-empuma	empire-empuma					
1691	u	a	empire-empuma	empire-empuma					
1692	t	a	sstsys-lm	sstsys-lm					
1692	u	a	sstsys-lm	sstsys-lm					
1693	t	a	rrirtr	rrirtr					
1693	u	a	rrirtr	rrirtr					
1694	t	a	rrimwm	rrimwm					
1694	u	a	rrimwm	rrimwm					
1695	t	a	rrilwm	rrilwm					
1695	u	a	rrilwm	rrilwm					
1696	t	a	rrifmm	rrifmm					
1696	u	a	rrifmm	rrifmm					
1697	t	a	rrisat	rrisat					
1697	u	a	rrisat	rrisat					
1698	t	a	rsvp-encap-1	RSVP-ENCAPSULATION-1					
1698	u	a	rsvp-encap-1	RSVP-ENCAPSULATION-1					
1699	t	a	rsvp-encap-2	RSVP-ENCAPSULATION-2					
1699	u	a	rsvp-encap-2	RSVP-ENCAPSULATION-2					
1700	t	a	mps-raft	mps-raft					
1700	u	a	mps-raft	mps-raft					
1701	t	a	l2f	l2f					
1701	u	a	l2f	l2f					
1701	t	a	l2tp	l2tp					
1701	u	a	l2tp	l2tp					
1702	t	a	deskshare	deskshare					
1702	u	a	deskshare	deskshare					
1703	t	a	hb-engine	hb-engine					
1703	u	a	hb-engine	hb-engine					
1704	t	a	bcs-broker	bcs-broker					
1704	u	a	bcs-broker	bcs-broker					
1705	t	a	slingshot	slingshot					
1705	u	a	slingshot	slingshot					
1706	t	a	jetform	jetform					
1706	u	a	jetform	jetform					
1707	t	a	vdmplay	vdmplay					
1707	u	a	vdmplay	vdmplay					
1708	t	a	gat-lmd	gat-lmd					
1708	u	a	gat-lmd	gat-lmd					
1709	t	a	centra	centra					
1709	u	a	centra	centra					
1710	t	a	impera	impera					
1710	u	a	impera	impera					
1711	t	a	pptconference	pptconference					
1711	u	a	pptconference	pptconference					
1712	t	a	registrar	resource monitoring service					
1712	u	a	registrar	resource monitoring service					
1713	t	a	conferencetalk	ConferenceTalk					
1713	u	a	conferencetalk	ConferenceTalk					
1714	t	a	sesi-lm	sesi-lm					
1714	u	a	sesi-lm	sesi-lm					
1715	t	a	houdini-lm	houdini-lm					
1715	u	a	houdini-lm	houdini-lm					
1716	t	a	xmsg	xmsg					
1716	u	a	xmsg	xmsg					
1717	t	a	fj-hdnet	fj-hdnet					
1717	u	a	fj-hdnet	fj-hdnet					
1718	t	a	h323gatedisc	H.323 Multicast Gatekeeper Discover					2013-01-31
1718	u	a	h323gatedisc	H.323 Multicast Gatekeeper Discover					2013-01-31
1719	t	a	h323gatestat	H.323 Unicast Gatekeeper Signaling					2013-01-31
1719	u	a	h323gatestat	H.323 Unicast Gatekeeper Signaling					2013-01-31
1720	t	a	h323hostcall	H.323 Call Control Signalling					2013-01-31
1720	u	a	h323hostcall	H.323 Call Control Signalling					2013-01-31
1720	s	a	h323hostcall	H.323 Call Control				2014-07-30	
1721	t	a	caicci	caicci					
1721	u	a	caicci	caicci					
1722	t	a	hks-lm	HKS License Manager					
1722	u	a	hks-lm	HKS License Manager					
1723	t	a	pptp	pptp	RFC2637				2021-09-21
1723	u	a	pptp	pptp	RFC2637				2021-09-21
1724	t	a	csbphonemaster	csbphonemaster					
1724	u	a	csbphonemaster	csbphonemaster					
1725	t	a	iden-ralp	iden-ralp					
1725	u	a	iden-ralp	iden-ralp					
1726	t	a	iberiagames	IBERIAGAMES					
1726	u	a	iberiagames	IBERIAGAMES					
1727	t	a	winddx	winddx					
1727	u	a	winddx	winddx					
1728	t	a	telindus	TELINDUS					
1728	u	a	telindus	TELINDUS					
1729	t	a	citynl	CityNL License Management					
1729	u	a	citynl	CityNL License Management					
1730	t	a	roketz	roketz					
1730	u	a	roketz	roketz					
1731	t	a	msiccp	MSICCP					
1731	u	a	msiccp	MSICCP					
1732	t	a	proxim	proxim					
1732	u	a	proxim	proxim					
1733	t	a	siipat	SIMS - SIIPAT Protocol for Alarm Transmission					
1733	u	a	siipat	SIMS - SIIPAT Protocol for Alarm Transmission					
1734	t	a	cambertx-lm	Camber Corporation License Management					
1734	u	a	cambertx-lm	Camber Corporation License Management					
1735	t	a	privatechat	PrivateChat					
1735	u	a	privatechat	PrivateChat					
1736	t	a	street-stream	street-stream					
1736	u	a	street-stream	street-stream					
1737	t	a	ultimad	ultimad					
1737	u	a	ultimad	ultimad					
1738	t	a	gamegen1	GameGen1					
1738	u	a	gamegen1	GameGen1					
1739	t	a	webaccess	webaccess					
1739	u	a	webaccess	webaccess					
1740	t	a	encore	encore					
1740	u	a	encore	encore					
1741	t	a	cisco-net-mgmt	cisco-net-mgmt					
1741	u	a	cisco-net-mgmt	cisco-net-mgmt					
1742	t	a	3Com-nsd	3Com-nsd					
1742	u	a	3Com-nsd	3Com-nsd					
1743	t	a	cinegrfx-lm	Cinema Graphics License Manager					
1743	u	a	cinegrfx-lm	Cinema Graphics License Manager					
1744	t	a	ncpm-ft	ncpm-ft					
1744	u	a	ncpm-ft	ncpm-ft					
1745	t	a	remote-winsock	remote-winsock					
1745	u	a	remote-winsock	remote-winsock					
1746	t	a	ftrapid-1	ftrapid-1					
1746	u	a	ftrapid-1	ftrapid-1					
1747	t	a	ftrapid-2	ftrapid-2					
1747	u	a	ftrapid-2	ftrapid-2					
1748	t	a	oracle-em1	oracle-em1					
1748	u	a	oracle-em1	oracle-em1					
1749	t	a	aspen-services	aspen-services					
1749	u	a	aspen-services	aspen-services					
1750	t	a	sslp	Simple Socket Library's PortMaster					
1750	u	a	sslp	Simple Socket Library's PortMaster					
1751	t	a	swiftnet	SwiftNet					
1751	u	a	swiftnet	SwiftNet					
1752	t	a	lofr-lm	Leap of Faith Research License Manager					
1752	u	a	lofr-lm	Leap of Faith Research License Manager					
1753	t	a	predatar-comms	Predatar Comms Service				2011-09-15	
1753	u	r		Reserved					
1754	t	a	oracle-em2	oracle-em2					
1754	u	a	oracle-em2	oracle-em2					
1755	t	a	ms-streaming	ms-streaming					
1755	u	a	ms-streaming	ms-streaming					
1756	t	a	capfast-lmd	capfast-lmd					
1756	u	a	capfast-lmd	capfast-lmd					
1757	t	a	cnhrp	cnhrp					
1757	u	a	cnhrp	cnhrp					
1758	t	a	tftp-mcast	tftp-mcast					
1758	u	a	tftp-mcast	tftp-mcast					
1759	t	a	spss-lm	SPSS License Manager					
1759	u	a	spss-lm	SPSS License Manager					
1760	t	a	www-ldap-gw	www-ldap-gw					
1760	u	a	www-ldap-gw	www-ldap-gw					
1761	t	a	cft-0	cft-0					
1761	u	a	cft-0	cft-0					
1762	t	a	cft-1	cft-1					
1762	u	a	cft-1	cft-1					
1763	t	a	cft-2	cft-2					
1763	u	a	cft-2	cft-2					
1764	t	a	cft-3	cft-3					
1764	u	a	cft-3	cft-3					
1765	t	a	cft-4	cft-4					
1765	u	a	cft-4	cft-4					
1766	t	a	cft-5	cft-5					
1766	u	a	cft-5	cft-5					
1767	t	a	cft-6	cft-6					
1767	u	a	cft-6	cft-6					
1768	t	a	cft-7	cft-7					
1768	u	a	cft-7	cft-7					
1769	t	a	bmc-net-adm	bmc-net-adm					
1769	u	a	bmc-net-adm	bmc-net-adm					
1770	t	a	bmc-net-svc	bmc-net-svc					
1770	u	a	bmc-net-svc	bmc-net-svc					
1771	t	a	vaultbase	vaultbase					
1771	u	a	vaultbase	vaultbase					
1772	t	a	essweb-gw	EssWeb Gateway					
1772	u	a	essweb-gw	EssWeb Gateway					
1773	t	a	kmscontrol	KMSControl					
1773	u	a	kmscontrol	KMSControl					
1774	t	a	global-dtserv	global-dtserv					
1774	u	a	global-dtserv	global-dtserv					
1775	t	a	vdab	data interchange between visual processing containers				2014-04-23	
1775	u	r		Reserved					
1776	t	a	femis	Federal Emergency Management Information System					
1776	u	a	femis	Federal Emergency Management Information System					
1777	t	a	powerguardian	powerguardian				2008-08-29	
1777	u	a	powerguardian	powerguardian				2008-08-29	
1778	t	a	prodigy-intrnet	prodigy-internet					
1778	u	a	prodigy-intrnet	prodigy-internet					
1779	t	a	pharmasoft	pharmasoft					
1779	u	a	pharmasoft	pharmasoft					
1780	t	a	dpkeyserv	dpkeyserv					
1780	u	a	dpkeyserv	dpkeyserv					
1781	t	a	answersoft-lm	answersoft-lm					
1781	u	a	answersoft-lm	answersoft-lm					
1782	t	a	hp-hcip	hp-hcip					
1782	u	a	hp-hcip	hp-hcip					
1783	tu	u		Decomissioned Port 04/14/00, ms					
1784	t	a	finle-lm	Finle License Manager					
1784	u	a	finle-lm	Finle License Manager					
1785	t	a	windlm	Wind River Systems License Manager					
1785	u	a	windlm	Wind River Systems License Manager					
1786	t	a	funk-logger	funk-logger					
1786	u	a	funk-logger	funk-logger					
1787	t	a	funk-license	funk-license					
1787	u	a	funk-license	funk-license					
1788	t	a	psmond	psmond					
1788	u	a	psmond	psmond					
1789	t	a	hello	hello					2018-04-05
1789	u	a	hello	hello					2018-04-05
1790	t	a	nmsp	Narrative Media Streaming Protocol					
1790	u	a	nmsp	Narrative Media Streaming Protocol					
1791	t	a	ea1	EA1					
1791	u	a	ea1	EA1					
1792	t	a	ibm-dt-2	ibm-dt-2					
1792	u	a	ibm-dt-2	ibm-dt-2					
1793	t	a	rsc-robot	rsc-robot					
1793	u	a	rsc-robot	rsc-robot					
1794	t	a	cera-bcm	cera-bcm					
1794	u	a	cera-bcm	cera-bcm					
1795	t	a	dpi-proxy	dpi-proxy					
1795	u	a	dpi-proxy	dpi-proxy					
1796	t	a	vocaltec-admin	Vocaltec Server Administration					
1796	u	a	vocaltec-admin	Vocaltec Server Administration					
1797	t	a	uma	UMA					
1797	u	a	uma	UMA					
1798	t	a	etp	Event Transfer Protocol					
1798	u	a	etp	Event Transfer Protocol					
1799	t	a	netrisk	NETRISK					
1799	u	a	netrisk	NETRISK					
1800	t	a	ansys-lm	ANSYS-License manager					
1800	u	a	ansys-lm	ANSYS-License manager					
1801	t	a	msmq	Microsoft Message Que					
1801	u	a	msmq	Microsoft Message Que					
1802	t	a	concomp1	ConComp1					
1802	u	a	concomp1	ConComp1					
1803	t	a	hp-hcip-gwy	HP-HCIP-GWY					
1803	u	a	hp-hcip-gwy	HP-HCIP-GWY					
1804	t	a	enl	ENL					
1804	u	a	enl	ENL					
1805	t	a	enl-name	ENL-Name					
1805	u	a	enl-name	ENL-Name					
1806	t	a	musiconline	Musiconline					
1806	u	a	musiconline	Musiconline					
1807	t	a	fhsp	Fujitsu Hot Standby Protocol					
1807	u	a	fhsp	Fujitsu Hot Standby Protocol					
1808	t	a	oracle-vp2	Oracle-VP2					
1808	u	a	oracle-vp2	Oracle-VP2					
1809	t	a	oracle-vp1	Oracle-VP1					
1809	u	a	oracle-vp1	Oracle-VP1					
1810	t	a	jerand-lm	Jerand License Manager					
1810	u	a	jerand-lm	Jerand License Manager					
1811	t	a	scientia-sdb	Scientia-SDB					
1811	u	a	scientia-sdb	Scientia-SDB					
1812	t	a	radius	RADIUS	RFC2865				
1812	u	a	radius	RADIUS	RFC2865				
1813	t	a	radius-acct	RADIUS Accounting	RFC2866				
1813	u	a	radius-acct	RADIUS Accounting	RFC2866				
1814	t	a	tdp-suite	TDP Suite					
1814	u	a	tdp-suite	TDP Suite					
1815	t	a	mmpft	Manufacturing messaging protocol for factory transmission					2024-06-12
1815	u	a	mmpft	Manufacturing messaging protocol for factory transmission					2024-06-12
1816	t	a	harp	HARP					
1816	u	a	harp	HARP					
1817	t	a	rkb-oscs	RKB-OSCS					
1817	u	a	rkb-oscs	RKB-OSCS					
1818	t	a	etftp	Enhanced Trivial File Transfer Protocol					
1818	u	a	etftp	Enhanced Trivial File Transfer Protocol					
1819	t	a	plato-lm	Plato License Manager					
1819	u	a	plato-lm	Plato License Manager					
1820	t	a	mcagent	mcagent					
1820	u	a	mcagent	mcagent					
1821	t	a	donnyworld	donnyworld					
1821	u	a	donnyworld	donnyworld					
1822	t	a	es-elmd	es-elmd					
1822	u	a	es-elmd	es-elmd					
1823	t	a	unisys-lm	Unisys Natural Language License Manager					
1823	u	a	unisys-lm	Unisys Natural Language License Manager					
1824	t	a	metrics-pas	metrics-pas					
1824	u	a	metrics-pas	metrics-pas					
1825	t	a	direcpc-video	DirecPC Video					
1825	u	a	direcpc-video	DirecPC Video					
1826	t	a	ardt	ARDT					
1826	u	a	ardt	ARDT					
1827	t	a	asi	ASI					
1827	u	a	asi	ASI					
1828	t	a	itm-mcell-u	itm-mcell-u					
1828	u	a	itm-mcell-u	itm-mcell-u					
1829	t	a	optika-emedia	Optika eMedia					
1829	u	a	optika-emedia	Optika eMedia					
1830	t	a	net8-cman	Oracle Net8 CMan Admin					
1830	u	a	net8-cman	Oracle Net8 CMan Admin					
1831	t	a	myrtle	Myrtle					
1831	u	a	myrtle	Myrtle					
1832	t	a	tht-treasure	ThoughtTreasure					
1832	u	a	tht-treasure	ThoughtTreasure					
1833	t	a	udpradio	udpradio					
1833	u	a	udpradio	udpradio					
1834	t	a	ardusuni	ARDUS Unicast					
1834	u	a	ardusuni	ARDUS Unicast					
1835	t	a	ardusmul	ARDUS Multicast					
1835	u	a	ardusmul	ARDUS Multicast					
1836	t	a	ste-smsc	ste-smsc					
1836	u	a	ste-smsc	ste-smsc					
1837	t	a	csoft1	csoft1					
1837	u	a	csoft1	csoft1					
1838	t	a	talnet	TALNET					
1838	u	a	talnet	TALNET					
1839	t	a	netopia-vo1	netopia-vo1					
1839	u	a	netopia-vo1	netopia-vo1					
1840	t	a	netopia-vo2	netopia-vo2					
1840	u	a	netopia-vo2	netopia-vo2					
1841	t	a	netopia-vo3	netopia-vo3					
1841	u	a	netopia-vo3	netopia-vo3					
1842	t	a	netopia-vo4	netopia-vo4					
1842	u	a	netopia-vo4	netopia-vo4					
1843	t	a	netopia-vo5	netopia-vo5					
1843	u	a	netopia-vo5	netopia-vo5					
1844	t	a	direcpc-dll	DirecPC-DLL					
1844	u	a	direcpc-dll	DirecPC-DLL					
1845	t	a	altalink	altalink					
1845	u	a	altalink	altalink					
1846	t	a	tunstall-pnc	Tunstall PNC					
1846	u	a	tunstall-pnc	Tunstall PNC					
1847	t	a	slp-notify	SLP Notification	RFC3082				
1847	u	a	slp-notify	SLP Notification	RFC3082				
1848	t	a	fjdocdist	fjdocdist					
1848	u	a	fjdocdist	fjdocdist					
1849	t	a	alpha-sms	ALPHA-SMS					
1849	u	a	alpha-sms	ALPHA-SMS					
1850	t	a	gsi	GSI					
1850	u	a	gsi	GSI					
1851	t	a	ctcd	ctcd					
1851	u	a	ctcd	ctcd					
1852	t	a	virtual-time	Virtual Time					
1852	u	a	virtual-time	Virtual Time					
1853	t	a	vids-avtp	VIDS-AVTP					
1853	u	a	vids-avtp	VIDS-AVTP					
1854	t	a	buddy-draw	Buddy Draw					
1854	u	a	buddy-draw	Buddy Draw					
1855	t	a	fiorano-rtrsvc	Fiorano RtrSvc					
1855	u	a	fiorano-rtrsvc	Fiorano RtrSvc					
1856	t	a	fiorano-msgsvc	Fiorano MsgSvc					
1856	u	a	fiorano-msgsvc	Fiorano MsgSvc					
1857	t	a	datacaptor	DataCaptor					
1857	u	a	datacaptor	DataCaptor					
1858	t	a	privateark	PrivateArk					
1858	u	a	privateark	PrivateArk					
1859	t	a	gammafetchsvr	Gamma Fetcher Server					
1859	u	a	gammafetchsvr	Gamma Fetcher Server					
1860	t	a	sunscalar-svc	SunSCALAR Services					
1860	u	a	sunscalar-svc	SunSCALAR Services					
1861	t	a	lecroy-vicp	LeCroy VICP					
1861	u	a	lecroy-vicp	LeCroy VICP					
1862	t	a	mysql-cm-agent	MySQL Cluster Manager Agent				2009-12-08	
1862	u	a	mysql-cm-agent	MySQL Cluster Manager Agent				2009-12-08	
1863	t	a	msnp	MSNP					
1863	u	a	msnp	MSNP					
1864	t	a	paradym-31port	Paradym 31 Port					
1864	u	a	paradym-31port	Paradym 31 Port					
1865	t	a	entp	ENTP					
1865	u	a	entp	ENTP					
1866	t	a	swrmi	swrmi					
1866	u	a	swrmi	swrmi					
1867	t	a	udrive	UDRIVE					
1867	u	a	udrive	UDRIVE					
1868	t	a	viziblebrowser	VizibleBrowser					
1868	u	a	viziblebrowser	VizibleBrowser					
1869	t	a	transact	TransAct					
1869	u	a	transact	TransAct					
1870	t	a	sunscalar-dns	SunSCALAR DNS Service					
1870	u	a	sunscalar-dns	SunSCALAR DNS Service					
1871	t	a	canocentral0	Cano Central 0					
1871	u	a	canocentral0	Cano Central 0					
1872	t	a	canocentral1	Cano Central 1					
1872	u	a	canocentral1	Cano Central 1					
1873	t	a	fjmpjps	Fjmpjps					
1873	u	a	fjmpjps	Fjmpjps					
1874	t	a	fjswapsnp	Fjswapsnp					
1874	u	a	fjswapsnp	Fjswapsnp					
1875	t	a	westell-stats	westell stats					
1875	u	a	westell-stats	westell stats					
1876	t	a	ewcappsrv	ewcappsrv					
1876	u	a	ewcappsrv	ewcappsrv					
1877	t	a	hp-webqosdb	hp-webqosdb					
1877	u	a	hp-webqosdb	hp-webqosdb					
1878	t	a	drmsmc	drmsmc					
1878	u	a	drmsmc	drmsmc					
1879	t	a	nettgain-nms	NettGain NMS					
1879	u	a	nettgain-nms	NettGain NMS					
1880	t	a	vsat-control	Gilat VSAT Control					
1880	u	a	vsat-control	Gilat VSAT Control					
1881	t	a	ibm-mqseries2	IBM WebSphere MQ Everyplace					
1881	u	a	ibm-mqseries2	IBM WebSphere MQ Everyplace					
1882	t	a	ecsqdmn	CA eTrust Common Services					
1882	u	a	ecsqdmn	CA eTrust Common Services					
1883	t	a	mqtt	Message Queuing Telemetry Transport Protocol					2015-02-10
1883	u	a	mqtt	Message Queuing Telemetry Transport Protocol					2015-02-10
1884	t	a	idmaps	Internet Distance Map Svc					
1884	u	a	idmaps	Internet Distance Map Svc					
1885	t	a	vrtstrapserver	Veritas Trap Server					
1885	u	a	vrtstrapserver	Veritas Trap Server					
1886	t	a	leoip	Leonardo over IP					
1886	u	a	leoip	Leonardo over IP					
1887	t	a	filex-lport	FileX Listening Port					
1887	u	a	filex-lport	FileX Listening Port					
1888	t	a	ncconfig	NC Config Port					
1888	u	a	ncconfig	NC Config Port					
1889	t	a	unify-adapter	Unify Web Adapter Service					2012-07-31
1889	u	a	unify-adapter	Unify Web Adapter Service					2012-07-31
1890	t	a	wilkenlistener	wilkenListener					
1890	u	a	wilkenlistener	wilkenListener					
1891	t	a	childkey-notif	ChildKey Notification					
1891	u	a	childkey-notif	ChildKey Notification					
1892	t	a	childkey-ctrl	ChildKey Control					
1892	u	a	childkey-ctrl	ChildKey Control					
1893	t	a	elad	ELAD Protocol					
1893	u	a	elad	ELAD Protocol					
1894	t	a	o2server-port	O2Server Port					
1894	u	a	o2server-port	O2Server Port					
1895	t	u		unassigned		Microsoft (unoffically) using 1895			
1895	u	u		unassigned		Microsoft (unoffically) using 1895			
1896	t	a	b-novative-ls	b-novative license server					
1896	u	a	b-novative-ls	b-novative license server					
1897	t	a	metaagent	MetaAgent					
1897	u	a	metaagent	MetaAgent					
1898	t	a	cymtec-port	Cymtec secure management					
1898	u	a	cymtec-port	Cymtec secure management					
1899	t	a	mc2studios	MC2Studios					
1899	u	a	mc2studios	MC2Studios					
1900	t	a	ssdp	SSDP					
1900	u	a	ssdp	SSDP					
1901	t	a	fjicl-tep-a	Fujitsu ICL Terminal Emulator Program A					
1901	u	a	fjicl-tep-a	Fujitsu ICL Terminal Emulator Program A					
1902	t	a	fjicl-tep-b	Fujitsu ICL Terminal Emulator Program B					
1902	u	a	fjicl-tep-b	Fujitsu ICL Terminal Emulator Program B					
1903	t	a	linkname	Local Link Name Resolution					
1903	u	a	linkname	Local Link Name Resolution					
1904	t	a	fjicl-tep-c	Fujitsu ICL Terminal Emulator Program C					
1904	u	a	fjicl-tep-c	Fujitsu ICL Terminal Emulator Program C					
1905	t	a	sugp	Secure UP.Link Gateway Protocol					
1905	u	a	sugp	Secure UP.Link Gateway Protocol					
1906	t	a	tpmd	TPortMapperReq					
1906	u	a	tpmd	TPortMapperReq					
1907	t	a	intrastar	IntraSTAR					
1907	u	a	intrastar	IntraSTAR					
1908	t	a	dawn	Dawn					
1908	u	a	dawn	Dawn					
1909	t	a	global-wlink	Global World Link					
1909	u	a	global-wlink	Global World Link					
1910	t	a	ultrabac	UltraBac Software communications port					
1910	u	a	ultrabac	UltraBac Software communications port					
1911	t	a	mtp	Starlight Networks Multimedia Transport Protocol					
1911	u	a	mtp	Starlight Networks Multimedia Transport Protocol					
1912	t	a	rhp-iibp	rhp-iibp					
1912	u	a	rhp-iibp	rhp-iibp					
1913	t	a	armadp	armadp					
1913	u	a	armadp	armadp					
1914	t	a	elm-momentum	Elm-Momentum					
1914	u	a	elm-momentum	Elm-Momentum					
1915	t	a	facelink	FACELINK					
1915	u	a	facelink	FACELINK					
1916	t	a	persona	Persoft Persona					
1916	u	a	persona	Persoft Persona					
1917	t	a	noagent	nOAgent					
1917	u	a	noagent	nOAgent					
1918	t	a	can-nds	IBM Tivole Directory Service - NDS					
1918	u	a	can-nds	IBM Tivole Directory Service - NDS					
1919	t	a	can-dch	IBM Tivoli Directory Service - DCH					
1919	u	a	can-dch	IBM Tivoli Directory Service - DCH					
1920	t	a	can-ferret	IBM Tivoli Directory Service - FERRET					
1920	u	a	can-ferret	IBM Tivoli Directory Service - FERRET					
1921	t	a	noadmin	NoAdmin					
1921	u	a	noadmin	NoAdmin					
1922	t	a	tapestry	Tapestry					
1922	u	a	tapestry	Tapestry					
1923	t	a	spice	SPICE					
1923	u	a	spice	SPICE					
1924	t	a	xiip	XIIP					
1924	u	a	xiip	XIIP					
1925	t	a	discovery-port	Surrogate Discovery Port					
1925	u	a	discovery-port	Surrogate Discovery Port					
1926	t	a	egs	Evolution Game Server					
1926	u	a	egs	Evolution Game Server					
1927	t	a	videte-cipc	Videte CIPC Port					
1927	u	a	videte-cipc	Videte CIPC Port					
1928	t	a	emsd-port	Expnd Maui Srvr Dscovr					
1928	u	a	emsd-port	Expnd Maui Srvr Dscovr					
1929	t	a	bandwiz-system	Bandwiz System - Server					
1929	u	a	bandwiz-system	Bandwiz System - Server					
1930	t	a	driveappserver	Drive AppServer					
1930	u	a	driveappserver	Drive AppServer					
1931	t	a	amdsched	AMD SCHED					
1931	u	a	amdsched	AMD SCHED					
1932	t	a	ctt-broker	CTT Broker					
1932	u	a	ctt-broker	CTT Broker					
1933	t	a	xmapi	IBM LM MT Agent					
1933	u	a	xmapi	IBM LM MT Agent					
1934	t	a	xaapi	IBM LM Appl Agent					
1934	u	a	xaapi	IBM LM Appl Agent					
1935	t	a	macromedia-fcs	Macromedia Flash Communications Server MX					
1935	u	a	macromedia-fcs	Macromedia Flash Communications server MX					
1936	t	a	jetcmeserver	JetCmeServer Server Port					
1936	u	a	jetcmeserver	JetCmeServer Server Port					
1937	t	a	jwserver	JetVWay Server Port					
1937	u	a	jwserver	JetVWay Server Port					
1938	t	a	jwclient	JetVWay Client Port					
1938	u	a	jwclient	JetVWay Client Port					
1939	t	a	jvserver	JetVision Server Port					
1939	u	a	jvserver	JetVision Server Port					
1940	t	a	jvclient	JetVision Client Port					
1940	u	a	jvclient	JetVision Client Port					
1941	t	a	dic-aida	DIC-Aida					
1941	u	a	dic-aida	DIC-Aida					
1942	t	a	res	Real Enterprise Service					
1942	u	a	res	Real Enterprise Service					
1943	t	a	beeyond-media	Beeyond Media					
1943	u	a	beeyond-media	Beeyond Media					
1944	t	a	close-combat	close-combat					
1944	u	a	close-combat	close-combat					
1945	t	a	dialogic-elmd	dialogic-elmd					
1945	u	a	dialogic-elmd	dialogic-elmd					
1946	t	a	tekpls	tekpls					
1946	u	a	tekpls	tekpls					
1947	t	a	sentinelsrm	SentinelSRM			Unauthorized Use Known on port 1947	2010-07-23	
1947	u	a	sentinelsrm	SentinelSRM			Unauthorized Use Known on port 1947	2010-07-23	
1948	t	a	eye2eye	eye2eye					
1948	u	a	eye2eye	eye2eye					
1949	t	a	ismaeasdaqlive	ISMA Easdaq Live					
1949	u	a	ismaeasdaqlive	ISMA Easdaq Live					
1950	t	a	ismaeasdaqtest	ISMA Easdaq Test					
1950	u	a	ismaeasdaqtest	ISMA Easdaq Test					
1951	t	a	bcs-lmserver	bcs-lmserver					
1951	u	a	bcs-lmserver	bcs-lmserver					
1952	t	a	mpnjsc	mpnjsc					
1952	u	a	mpnjsc	mpnjsc					
1953	t	a	rapidbase	Rapid Base					
1953	u	a	rapidbase	Rapid Base					
1954	t	a	abr-api	ABR-API (diskbridge)					
1954	u	a	abr-api	ABR-API (diskbridge)					
1955	t	a	abr-secure	ABR-Secure Data (diskbridge)					
1955	u	a	abr-secure	ABR-Secure Data (diskbridge)					
1956	t	a	vrtl-vmf-ds	Vertel VMF DS					
1956	u	a	vrtl-vmf-ds	Vertel VMF DS					
1957	t	a	unix-status	unix-status					
1957	u	a	unix-status	unix-status					
1958	t	a	dxadmind	CA Administration Daemon					
1958	u	a	dxadmind	CA Administration Daemon					
1959	t	a	simp-all	SIMP Channel					
1959	u	a	simp-all	SIMP Channel					
1960	t	a	nasmanager	Merit DAC NASmanager					
1960	u	a	nasmanager	Merit DAC NASmanager					
1961	t	a	bts-appserver	BTS APPSERVER					
1961	u	a	bts-appserver	BTS APPSERVER					
1962	t	a	biap-mp	BIAP-MP					
1962	u	a	biap-mp	BIAP-MP					
1963	t	a	webmachine	WebMachine					
1963	u	a	webmachine	WebMachine					
1964	t	a	solid-e-engine	SOLID E ENGINE					
1964	u	a	solid-e-engine	SOLID E ENGINE					
1965	t	a	tivoli-npm	Tivoli NPM					
1965	u	a	tivoli-npm	Tivoli NPM					
1966	t	a	slush	Slush					
1966	u	a	slush	Slush					
1967	t	a	sns-quote	SNS Quote					
1967	u	a	sns-quote	SNS Quote					
1968	t	a	lipsinc	LIPSinc					
1968	u	a	lipsinc	LIPSinc					
1969	t	a	lipsinc1	LIPSinc 1					
1969	u	a	lipsinc1	LIPSinc 1					
1970	t	a	netop-rc	NetOp Remote Control					
1970	u	a	netop-rc	NetOp Remote Control					
1971	t	a	netop-school	NetOp School					
1971	u	a	netop-school	NetOp School					
1972	t	a	intersys-cache	Cache					
1972	u	a	intersys-cache	Cache					
1973	t	a	dlsrap	Data Link Switching Remote Access Protocol					
1973	u	a	dlsrap	Data Link Switching Remote Access Protocol					
1974	t	a	drp	DRP					
1974	u	a	drp	DRP					
1975	t	a	tcoflashagent	TCO Flash Agent					
1975	u	a	tcoflashagent	TCO Flash Agent					
1976	t	a	tcoregagent	TCO Reg Agent					
1976	u	a	tcoregagent	TCO Reg Agent					
1977	t	a	tcoaddressbook	TCO Address Book					
1977	u	a	tcoaddressbook	TCO Address Book					
1978	t	a	unisql	UniSQL					
1978	u	a	unisql	UniSQL					
1979	t	a	unisql-java	UniSQL Java					
1979	u	a	unisql-java	UniSQL Java					
1980	t	a	pearldoc-xact	PearlDoc XACT					
1980	u	a	pearldoc-xact	PearlDoc XACT					
1981	t	a	p2pq	p2pQ					
1981	u	a	p2pq	p2pQ					
1982	t	a	estamp	Evidentiary Timestamp					
1982	u	a	estamp	Evidentiary Timestamp					
1983	t	a	lhtp	Loophole Test Protocol					
1983	u	a	lhtp	Loophole Test Protocol					
1984	t	a	bb	BB					
1984	u	a	bb	BB					
1985	t	a	hsrp	Hot Standby Router Protocol	RFC2281				
1985	u	a	hsrp	Hot Standby Router Protocol	RFC2281				
1986	t	a	licensedaemon	cisco license management					
1986	u	a	licensedaemon	cisco license management					
1987	t	a	tr-rsrb-p1	cisco RSRB Priority 1 port					
1987	u	a	tr-rsrb-p1	cisco RSRB Priority 1 port					
1988	t	a	tr-rsrb-p2	cisco RSRB Priority 2 port					
1988	u	a	tr-rsrb-p2	cisco RSRB Priority 2 port					
1989	t	a	tr-rsrb-p3	cisco RSRB Priority 3 port					
1989	u	a	tr-rsrb-p3	cisco RSRB Priority 3 port					
1989	t	a	mshnet	MHSnet system		This entry records an unassigned but widespread use			
1989	u	a	mshnet	MHSnet system		This entry records an unassigned but widespread use			
1990	t	a	stun-p1	cisco STUN Priority 1 port					
1990	u	a	stun-p1	cisco STUN Priority 1 port					
1991	t	a	stun-p2	cisco STUN Priority 2 port					
1991	u	a	stun-p2	cisco STUN Priority 2 port					
1992	t	a	stun-p3	cisco STUN Priority 3 port					
1992	u	a	stun-p3	cisco STUN Priority 3 port					
1992	t	a	ipsendmsg	IPsendmsg		This entry records an unassigned but widespread use			
1992	u	a	ipsendmsg	IPsendmsg		This entry records an unassigned but widespread use			
1993	t	a	snmp-tcp-port	cisco SNMP TCP port					
1993	u	a	snmp-tcp-port	cisco SNMP TCP port					
1994	t	a	stun-port	cisco serial tunnel port					
1994	u	a	stun-port	cisco serial tunnel port					
1995	t	a	perf-port	cisco perf port					
1995	u	a	perf-port	cisco perf port					
1996	t	a	tr-rsrb-port	cisco Remote SRB port					
1996	u	a	tr-rsrb-port	cisco Remote SRB port					
1997	t	a	gdp-port	cisco Gateway Discovery Protocol					
1997	u	a	gdp-port	cisco Gateway Discovery Protocol					
1998	t	a	x25-svc-port	cisco X.25 service (XOT)					
1998	u	a	x25-svc-port	cisco X.25 service (XOT)					
1999	t	a	tcp-id-port	cisco identification port					
1999	u	a	tcp-id-port	cisco identification port					
2000	t	a	cisco-sccp	Cisco SCCP				2003-11	
2000	u	a	cisco-sccp	Cisco SCCp				2003-11	
2001	t	a	dc						
2001	u	a	wizard	curry					
2002	t	a	globe						
2002	u	a	globe						
2003	t	a	brutus	Brutus Server				2008-02-28	
2003	u	a	brutus	Brutus Server				2008-02-28	
2004	t	a	mailbox						
2004	u	a	emce	CCWS mm conf					
2005	t	a	berknet						
2005	u	a	oracle						
2006	t	a	invokator						
2006	u	a	raid-cd	raid					
2007	t	a	dectalk						
2007	u	a	raid-am						
2008	t	a	conf						
2008	u	a	terminaldb						
2009	t	a	news						
2009	u	a	whosockami						
2010	t	a	search						
2010	u	a	pipe-server	IANA assigned this well-formed service name as a replacement for "pipe_server".					
2010	u	a	pipe_server			This entry is an alias to "pipe-server".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2011	t	a	raid-cc	raid					
2011	u	a	servserv						
2012	t	a	ttyinfo						
2012	u	a	raid-ac						
2013	t	a	raid-am						
2013	u	a	raid-cd						
2014	t	a	troff						
2014	u	a	raid-sf						
2015	t	a	cypress						
2015	u	a	raid-cs						
2016	t	a	bootserver						
2016	u	a	bootserver						
2017	t	a	cypress-stat						
2017	u	a	bootclient						
2018	t	a	terminaldb						
2018	u	a	rellpack						
2019	t	a	whosockami						
2019	u	a	about						
2020	t	a	xinupageserver						
2020	u	a	xinupageserver						
2021	t	a	servexec						
2021	u	a	xinuexpansion1						
2022	t	a	down						
2022	u	a	xinuexpansion2						
2023	t	a	xinuexpansion3						
2023	u	a	xinuexpansion3						
2024	t	a	xinuexpansion4						
2024	u	a	xinuexpansion4						
2025	t	a	ellpack						
2025	u	a	xribs						
2026	t	a	scrabble						
2026	u	a	scrabble						
2027	t	a	shadowserver						
2027	u	a	shadowserver						
2028	t	a	submitserver						
2028	u	a	submitserver						
2029	t	a	hsrpv6	Hot Standby Router Protocol IPv6				2004-11	
2029	u	a	hsrpv6	Hot Standby Router Protocol IPv6				2004-11	
2030	t	a	device2						
2030	u	a	device2						
2031	t	a	mobrien-chat	mobrien-chat				2004-11	
2031	u	a	mobrien-chat	mobrien-chat				2004-11	
2032	t	a	blackboard						
2032	u	a	blackboard						
2033	t	a	glogger						
2033	u	a	glogger						
2034	t	a	scoremgr						
2034	u	a	scoremgr						
2035	t	a	imsldoc						
2035	u	a	imsldoc						
2036	t	a	e-dpnet	Ethernet WS DP network				2005-08	
2036	u	a	e-dpnet	Ethernet WS DP network				2005-08	
2037	t	a	applus	APplus Application Server		Formerly was P2plus Application Server	Unauthorized Use Known on port 2037	2008-06-06	2021-07-20
2037	u	a	applus	APplus Application Server		Formerly was P2plus Application Server	Unauthorized Use Known on port 2037	2008-06-06	2021-07-20
2038	t	a	objectmanager						
2038	u	a	objectmanager						
2039	t	a	prizma	Prizma Monitoring Service				2005-12	
2039	u	a	prizma	Prizma Monitoring Service				2005-12	
2040	t	a	lam						
2040	u	a	lam						
2041	t	a	interbase						
2041	u	a	interbase						
2042	t	a	isis	isis					
2042	u	a	isis	isis					
2043	t	a	isis-bcast	isis-bcast					
2043	u	a	isis-bcast	isis-bcast					
2044	t	a	rimsl						
2044	u	a	rimsl						
2045	t	a	cdfunc						
2045	u	a	cdfunc						
2046	t	a	sdfunc						
2046	u	a	sdfunc						
2047	t	a	dls						
2047	u	a	dls						
2048	t	a	dls-monitor						
2048	u	a	dls-monitor						
2049	t	a	shilp			<== NOTE Conflict on 2049 !			
2049	u	a	shilp			<== NOTE Conflict on 2049 !			
2049	t	a	nfs	Network File System - Sun Microsystems		Defined TXT keys: path=<path to mount point>			
2049	u	a	nfs	Network File System - Sun Microsystems		Defined TXT keys: path=<path to mount point>			
2049	s	a	nfs	Network File System	RFC5665	Defined TXT keys: path=<path to mount point>			
2050	t	a	av-emb-config	Avaya EMB Config Port					
2050	u	a	av-emb-config	Avaya EMB Config Port					
2051	t	a	epnsdp	EPNSDP					
2051	u	a	epnsdp	EPNSDP					
2052	t	a	clearvisn	clearVisn Services Port					
2052	u	a	clearvisn	clearVisn Services Port					
2053	t	a	lot105-ds-upd	Lot105 DSuper Updates					
2053	u	a	lot105-ds-upd	Lot105 DSuper Updates					
2054	t	a	weblogin	Weblogin Port					
2054	u	a	weblogin	Weblogin Port					
2055	t	a	iop	Iliad-Odyssey Protocol					
2055	u	a	iop	Iliad-Odyssey Protocol					
2056	t	a	omnisky	OmniSky Port					
2056	u	a	omnisky	OmniSky Port					
2057	t	a	rich-cp	Rich Content Protocol					
2057	u	a	rich-cp	Rich Content Protocol					
2058	t	a	newwavesearch	NewWaveSearchables RMI					
2058	u	a	newwavesearch	NewWaveSearchables RMI					
2059	t	a	bmc-messaging	BMC Messaging Service					
2059	u	a	bmc-messaging	BMC Messaging Service					
2060	t	a	teleniumdaemon	Telenium Daemon IF					
2060	u	a	teleniumdaemon	Telenium Daemon IF					
2061	t	a	netmount	NetMount					
2061	u	a	netmount	NetMount					
2062	t	a	icg-swp	ICG SWP Port					
2062	u	a	icg-swp	ICG SWP Port					
2063	t	a	icg-bridge	ICG Bridge Port					
2063	u	a	icg-bridge	ICG Bridge Port					
2064	t	a	icg-iprelay	ICG IP Relay Port					
2064	u	a	icg-iprelay	ICG IP Relay Port					
2065	t	a	dlsrpn	Data Link Switch Read Port Number					
2065	u	a	dlsrpn	Data Link Switch Read Port Number					
2066	t	a	aura	AVM USB Remote Architecture				2006-03	
2066	u	a	aura	AVM USB Remote Architecture				2006-03	
2067	t	a	dlswpn	Data Link Switch Write Port Number					
2067	u	a	dlswpn	Data Link Switch Write Port Number					
2068	t	a	avauthsrvprtcl	Avocent AuthSrv Protocol					
2068	u	a	avauthsrvprtcl	Avocent AuthSrv Protocol					
2069	t	a	event-port	HTTP Event Port					
2069	u	a	event-port	HTTP Event Port					
2070	t	a	ah-esp-encap	AH and ESP Encapsulated in UDP packet					
2070	u	a	ah-esp-encap	AH and ESP Encapsulated in UDP packet					
2071	t	a	acp-port	Axon Control Protocol					
2071	u	a	acp-port	Axon Control Protocol					
2072	t	a	msync	GlobeCast mSync					
2072	u	a	msync	GlobeCast mSync					
2073	t	a	gxs-data-port	DataReel Database Socket					
2073	u	a	gxs-data-port	DataReel Database Socket					
2074	t	a	vrtl-vmf-sa	Vertel VMF SA					
2074	u	a	vrtl-vmf-sa	Vertel VMF SA					
2075	t	a	newlixengine	Newlix ServerWare Engine					
2075	u	a	newlixengine	Newlix ServerWare Engine					
2076	t	a	newlixconfig	Newlix JSPConfig					
2076	u	a	newlixconfig	Newlix JSPConfig					
2077	t	a	tsrmagt	Old Tivoli Storage Manager					
2077	u	a	tsrmagt	Old Tivoli Storage Manager					
2078	t	a	tpcsrvr	IBM Total Productivity Center Server					
2078	u	a	tpcsrvr	IBM Total Productivity Center Server					
2079	t	a	idware-router	IDWARE Router Port					
2079	u	a	idware-router	IDWARE Router Port					
2080	t	a	autodesk-nlm	Autodesk NLM (FLEXlm)					
2080	u	a	autodesk-nlm	Autodesk NLM (FLEXlm)					
2081	t	a	kme-trap-port	KME PRINTER TRAP PORT					
2081	u	a	kme-trap-port	KME PRINTER TRAP PORT					
2082	t	a	infowave	Infowave Mobility Server					
2082	u	a	infowave	Infowave Mobility Server					
2083	t	a	radsec	Secure Radius Service	RFC6614	The TCP port 2083 was already\n      previously assigned by IANA for "RadSec", an early implementation\n      of RADIUS/TLS, prior to issuance of this RFC.  This early\n      implementation can be configured to be compatible to RADIUS/TLS as\n      specified by the IETF.  See [RFC6614],\n      Appendix A for details.		2005-05	
2083	u	a	radsec	Secure Radius Service	RFC7360	The UDP port 2083 was already previously assigned by IANA for "RadSec", an early implementation of RADIUS/TLS, prior to issuance of this RFC.		2005-05	2014-07-14
2084	t	a	sunclustergeo	SunCluster Geographic				2005-11	2013-08-14
2084	u	a	sunclustergeo	SunCluster Geographic				2005-11	2013-08-14
2085	t	a	ada-cip	ADA Control				2005-11	
2085	u	a	ada-cip	ADA Control				2005-11	
2086	t	a	gnunet	GNUnet				2002-10	
2086	u	a	gnunet	GNUnet				2002-10	
2087	t	a	eli	ELI - Event Logging Integration					
2087	u	a	eli	ELI - Event Logging Integration					
2088	t	a	ip-blf	IP Busy Lamp Field				2005-02	
2088	u	a	ip-blf	IP Busy Lamp Field				2005-02	
2089	t	a	sep	Security Encapsulation Protocol - SEP					
2089	u	a	sep	Security Encapsulation Protocol - SEP					
2090	t	a	lrp	Load Report Protocol					
2090	u	a	lrp	Load Report Protocol					
2091	t	a	prp	PRP					
2091	u	a	prp	PRP					
2092	t	a	descent3	Descent 3					
2092	u	a	descent3	Descent 3					
2093	t	a	nbx-cc	NBX CC					
2093	u	a	nbx-cc	NBX CC					
2094	t	a	nbx-au	NBX AU					
2094	u	a	nbx-au	NBX AU					
2095	t	a	nbx-ser	NBX SER					
2095	u	a	nbx-ser	NBX SER					
2096	t	a	nbx-dir	NBX DIR					
2096	u	a	nbx-dir	NBX DIR					
2097	t	a	jetformpreview	Jet Form Preview					
2097	u	a	jetformpreview	Jet Form Preview					
2098	t	a	dialog-port	Dialog Port					
2098	u	a	dialog-port	Dialog Port					
2099	t	a	h2250-annex-g	H.225.0 Annex G Signalling					2013-01-31
2099	u	a	h2250-annex-g	H.225.0 Annex G Signalling					2013-01-31
2100	t	a	amiganetfs	Amiga Network Filesystem					
2100	u	a	amiganetfs	Amiga Network Filesystem					
2101	t	a	rtcm-sc104	rtcm-sc104					
2101	u	a	rtcm-sc104	rtcm-sc104					
2102	t	a	zephyr-srv	Zephyr server					
2102	u	a	zephyr-srv	Zephyr server					
2103	t	a	zephyr-clt	Zephyr serv-hm connection					
2103	u	a	zephyr-clt	Zephyr serv-hm connection					
2104	t	a	zephyr-hm	Zephyr hostmanager					
2104	u	a	zephyr-hm	Zephyr hostmanager					
2105	t	a	minipay	MiniPay					
2105	u	a	minipay	MiniPay					
2106	t	a	mzap	MZAP					
2106	u	a	mzap	MZAP					
2107	t	a	bintec-admin	BinTec Admin					
2107	u	a	bintec-admin	BinTec Admin					
2108	t	a	comcam	Comcam					
2108	u	a	comcam	Comcam					
2109	t	a	ergolight	Ergolight					
2109	u	a	ergolight	Ergolight					
2110	t	a	umsp	UMSP					
2110	u	a	umsp	UMSP					
2111	t	a	dsatp	OPNET Dynamic Sampling Agent Transaction Protocol					2011-09-21
2111	u	a	dsatp	OPNET Dynamic Sampling Agent Transaction Protocol					2011-09-21
2112	t	a	idonix-metanet	Idonix MetaNet					
2112	u	a	idonix-metanet	Idonix MetaNet					
2113	t	a	hsl-storm	HSL StoRM					
2113	u	a	hsl-storm	HSL StoRM					
2114	t	a	ariascribe	Classical Music Meta-Data Access and Enhancement					2018-02-05
2114	u	a	ariascribe	Classical Music Meta-Data Access and Enhancement					2018-02-05
2115	t	a	kdm	Key Distribution Manager					
2115	u	a	kdm	Key Distribution Manager					
2116	t	a	ccowcmr	CCOWCMR					
2116	u	a	ccowcmr	CCOWCMR					
2117	t	a	mentaclient	MENTACLIENT					
2117	u	a	mentaclient	MENTACLIENT					
2118	t	a	mentaserver	MENTASERVER					
2118	u	a	mentaserver	MENTASERVER					
2119	t	a	gsigatekeeper	GSIGATEKEEPER					
2119	u	a	gsigatekeeper	GSIGATEKEEPER					
2120	t	a	qencp	Quick Eagle Networks CP					
2120	u	a	qencp	Quick Eagle Networks CP					
2121	t	a	scientia-ssdb	SCIENTIA-SSDB					
2121	u	a	scientia-ssdb	SCIENTIA-SSDB					
2122	t	a	caupc-remote	CauPC Remote Control					
2122	u	a	caupc-remote	CauPC Remote Control					
2123	t	a	gtp-control	GTP-Control Plane (3GPP)					
2123	u	a	gtp-control	GTP-Control Plane (3GPP)					
2124	t	a	elatelink	ELATELINK					
2124	u	a	elatelink	ELATELINK					
2125	t	a	lockstep	LOCKSTEP					
2125	u	a	lockstep	LOCKSTEP					
2126	t	a	pktcable-cops	PktCable-COPS					
2126	u	a	pktcable-cops	PktCable-COPS					
2127	t	a	index-pc-wb	INDEX-PC-WB					
2127	u	a	index-pc-wb	INDEX-PC-WB					
2128	t	a	net-steward	Net Steward Control					
2128	u	a	net-steward	Net Steward Control					
2129	t	a	cs-live	cs-live.com					
2129	u	a	cs-live	cs-live.com					
2130	t	a	xds	XDS					
2130	u	a	xds	XDS					
2131	t	a	avantageb2b	Avantageb2b					
2131	u	a	avantageb2b	Avantageb2b					
2132	t	a	solera-epmap	SoleraTec End Point Map					
2132	u	a	solera-epmap	SoleraTec End Point Map					
2133	t	a	zymed-zpp	ZYMED-ZPP					
2133	u	a	zymed-zpp	ZYMED-ZPP					
2134	t	a	avenue	AVENUE					
2134	u	a	avenue	AVENUE					
2135	t	a	gris	Grid Resource Information Server					
2135	u	a	gris	Grid Resource Information Server					
2136	t	a	appworxsrv	APPWORXSRV					
2136	u	a	appworxsrv	APPWORXSRV					
2137	t	a	connect	CONNECT					
2137	u	a	connect	CONNECT					
2138	t	a	unbind-cluster	UNBIND-CLUSTER					
2138	u	a	unbind-cluster	UNBIND-CLUSTER					
2139	t	a	ias-auth	IAS-AUTH					
2139	u	a	ias-auth	IAS-AUTH					
2140	t	a	ias-reg	IAS-REG					
2140	u	a	ias-reg	IAS-REG					
2141	t	a	ias-admind	IAS-ADMIND					
2141	u	a	ias-admind	IAS-ADMIND					
2142	t	a	tdmoip	TDM OVER IP	RFC5087				2016-09-21
2142	u	a	tdmoip	TDM OVER IP	RFC5087				2016-09-21
2143	t	a	lv-jc	Live Vault Job Control					
2143	u	a	lv-jc	Live Vault Job Control					
2144	t	a	lv-ffx	Live Vault Fast Object Transfer					
2144	u	a	lv-ffx	Live Vault Fast Object Transfer					
2145	t	a	lv-pici	Live Vault Remote Diagnostic Console Support					
2145	u	a	lv-pici	Live Vault Remote Diagnostic Console Support					
2146	t	a	lv-not	Live Vault Admin Event Notification					
2146	u	a	lv-not	Live Vault Admin Event Notification					
2147	t	a	lv-auth	Live Vault Authentication					
2147	u	a	lv-auth	Live Vault Authentication					
2148	t	a	veritas-ucl	VERITAS UNIVERSAL COMMUNICATION LAYER					
2148	u	a	veritas-ucl	VERITAS UNIVERSAL COMMUNICATION LAYER					
2149	t	a	acptsys	ACPTSYS					
2149	u	a	acptsys	ACPTSYS					
2150	t	a	dynamic3d	DYNAMIC3D					
2150	u	a	dynamic3d	DYNAMIC3D					
2151	t	a	docent	DOCENT					
2151	u	a	docent	DOCENT					
2152	t	a	gtp-user	GTP-User Plane (3GPP)					
2152	u	a	gtp-user	GTP-User Plane (3GPP)					
2153	t	a	ctlptc	Control Protocol					
2153	u	a	ctlptc	Control Protocol					
2154	t	a	stdptc	Standard Protocol					
2154	u	a	stdptc	Standard Protocol					
2155	t	a	brdptc	Bridge Protocol				2007-09-27	
2155	u	a	brdptc	Bridge Protocol				2007-09-27	
2156	t	a	trp	Talari Reliable Protocol				2007-09-27	
2156	u	a	trp	Talari Reliable Protocol				2007-09-27	
2157	t	a	xnds	Xerox Network Document Scan Protocol				2008-03-06	
2157	u	a	xnds	Xerox Network Document Scan Protocol				2008-03-06	
2158	t	a	touchnetplus	TouchNetPlus Service				2008-03-06	
2158	u	a	touchnetplus	TouchNetPlus Service				2008-03-06	
2159	t	a	gdbremote	GDB Remote Debug Port					
2159	u	a	gdbremote	GDB Remote Debug Port					
2160	t	a	apc-2160	APC 2160					
2160	u	a	apc-2160	APC 2160					
2161	t	a	apc-2161	APC 2161					
2161	u	a	apc-2161	APC 2161					
2162	t	a	navisphere	Navisphere					
2162	u	a	navisphere	Navisphere					
2163	t	a	navisphere-sec	Navisphere Secure					
2163	u	a	navisphere-sec	Navisphere Secure					
2164	t	a	ddns-v3	Dynamic DNS Version 3					
2164	u	a	ddns-v3	Dynamic DNS Version 3					
2165	t	a	x-bone-api	X-Bone API					
2165	u	a	x-bone-api	X-Bone API					
2166	t	a	iwserver	iwserver					
2166	u	a	iwserver	iwserver					
2167	t	a	raw-serial	Raw Async Serial Link					
2167	u	a	raw-serial	Raw Async Serial Link					
2168	t	a	easy-soft-mux	easy-soft Multiplexer				2004-11	
2168	u	a	easy-soft-mux	easy-soft Multiplexer				2004-11	
2169	t	a	brain	Backbone for Academic Information Notification (BRAIN)				2004-11	
2169	u	a	brain	Backbone for Academic Information Notification (BRAIN)				2004-11	
2170	t	a	eyetv	EyeTV Server Port				2004-11	
2170	u	a	eyetv	EyeTV Server Port				2004-11	
2171	t	a	msfw-storage	MS Firewall Storage					
2171	u	a	msfw-storage	MS Firewall Storage					
2172	t	a	msfw-s-storage	MS Firewall SecureStorage					
2172	u	a	msfw-s-storage	MS Firewall SecureStorage					
2173	t	a	msfw-replica	MS Firewall Replication					
2173	u	a	msfw-replica	MS Firewall Replication					
2174	t	a	msfw-array	MS Firewall Intra Array				2004-11	
2174	u	a	msfw-array	MS Firewall Intra Array				2004-11	
2175	t	a	airsync	Microsoft Desktop AirSync Protocol					
2175	u	a	airsync	Microsoft Desktop AirSync Protocol					
2176	t	a	rapi	Microsoft ActiveSync Remote API				2005-08	
2176	u	a	rapi	Microsoft ActiveSync Remote API				2005-08	
2177	t	a	qwave	qWAVE Bandwidth Estimate				2005-08	
2177	u	a	qwave	qWAVE Bandwidth Estimate				2005-08	
2178	t	a	bitspeer	Peer Services for BITS				2005-11	
2178	u	a	bitspeer	Peer Services for BITS				2005-11	
2179	t	a	vmrdp	Microsoft RDP for virtual machines				2007-03	
2179	u	a	vmrdp	Microsoft RDP for virtual machines				2007-03	
2180	t	a	mc-gt-srv	Millicent Vendor Gateway Server					
2180	u	a	mc-gt-srv	Millicent Vendor Gateway Server					
2181	t	a	eforward	eforward					
2181	u	a	eforward	eforward					
2182	t	a	cgn-stat	CGN status					
2182	u	a	cgn-stat	CGN status					
2183	t	a	cgn-config	Code Green configuration				2005-08	
2183	u	a	cgn-config	Code Green configuration				2005-08	
2184	t	a	nvd	NVD User				2004-12	
2184	u	a	nvd	NVD User				2004-12	
2185	t	a	onbase-dds	OnBase Distributed Disk Services				2004-12	
2185	u	a	onbase-dds	OnBase Distributed Disk Services				2004-12	
2186	t	a	gtaua	Guy-Tek Automated Update Applications				2008-01-25	
2186	u	a	gtaua	Guy-Tek Automated Update Applications				2008-01-25	
2187	t	a	ssmc	Sepehr System Management Control					
2187	u	a	ssmd	Sepehr System Management Data				2008-12-02	
2188	t	a	radware-rpm	Radware Resource Pool Manager				2011-08-05	
2188	u	r		Reserved					
2189	t	a	radware-rpm-s	Secure Radware Resource Pool Manager				2011-08-05	
2189	u	r		Reserved					
2190	t	a	tivoconnect	TiVoConnect Beacon				2002-08	
2190	u	a	tivoconnect	TiVoConnect Beacon				2002-08	
2191	t	a	tvbus	TvBus Messaging				2003-01	
2191	u	a	tvbus	TvBus Messaging				2003-01	
2192	t	a	asdis	ASDIS software management				2005-08	
2192	u	a	asdis	ASDIS software management				2005-08	
2193	t	a	drwcs	Dr.Web Enterprise Management Service				2008-01-31	
2193	u	a	drwcs	Dr.Web Enterprise Management Service				2008-01-31	
2194-2196	tu	u		Unassigned			Unauthorized Use Known on ports 2194-2196		
2197	t	a	mnp-exchange	MNP data exchange				2004-11	
2197	u	a	mnp-exchange	MNP data exchange				2004-11	
2198	t	a	onehome-remote	OneHome Remote Access					
2198	u	a	onehome-remote	OneHome Remote Access					
2199	t	a	onehome-help	OneHome Service Port				2005-08	
2199	u	a	onehome-help	OneHome Service Port				2005-08	
2200	t	r		Reserved		This entry has been removed on 2019-07-05.			
2200	u	r		Reserved		This entry has been removed on 2019-07-05.			
2201	t	a	ats	Advanced Training System Program					
2201	u	a	ats	Advanced Training System Program					
2202	t	a	imtc-map	Int. Multimedia Teleconferencing Cosortium					
2202	u	a	imtc-map	Int. Multimedia Teleconferencing Cosortium					
2203	t	a	b2-runtime	b2 Runtime Protocol					
2203	u	a	b2-runtime	b2 Runtime Protocol					
2204	t	a	b2-license	b2 License Server				2006-01	
2204	u	a	b2-license	b2 License Server				2006-01	
2205	t	a	jps	Java Presentation Server				2006-01	
2205	u	a	jps	Java Presentation Server				2006-01	
2206	t	a	hpocbus	HP OpenCall bus				2005-12	
2206	u	a	hpocbus	HP OpenCall bus				2005-12	
2207	t	a	hpssd	HP Status and Services				2006-05	
2207	u	a	hpssd	HP Status and Services				2006-05	
2208	t	a	hpiod	HP I/O Backend				2006-05	
2208	u	a	hpiod	HP I/O Backend				2006-05	
2209	t	a	rimf-ps	HP RIM for Files Portal Service				2007-05	
2209	u	a	rimf-ps	HP RIM for Files Portal Service				2007-05	
2210	t	a	noaaport	NOAAPORT Broadcast Network					
2210	u	a	noaaport	NOAAPORT Broadcast Network					
2211	t	a	emwin	EMWIN				2008-03-10	
2211	u	a	emwin	EMWIN				2008-03-10	
2212	t	a	leecoposserver	LeeCO POS Server Service				2008-03-10	
2212	u	a	leecoposserver	LeeCO POS Server Service				2008-03-10	
2213	t	a	kali	Kali					
2213	u	a	kali	Kali					
2214	t	a	rpi	RDQ Protocol Interface				2005-12	
2214	u	a	rpi	RDQ Protocol Interface				2005-12	
2215	t	a	ipcore	IPCore.co.za GPRS				2005-12	
2215	u	a	ipcore	IPCore.co.za GPRS				2005-12	
2216	t	a	vtu-comms	VTU data service				2006-01	
2216	u	a	vtu-comms	VTU data service				2006-01	
2217	t	a	gotodevice	GoToDevice Device Management				2006-01	
2217	u	a	gotodevice	GoToDevice Device Management				2006-01	
2218	t	a	bounzza	Bounzza IRC Proxy				2006-02	
2218	u	a	bounzza	Bounzza IRC Proxy				2006-02	
2219	t	a	netiq-ncap	NetIQ NCAP Protocol				2010-08-25	
2219	u	a	netiq-ncap	NetIQ NCAP Protocol				2010-08-25	
2220	t	a	netiq	NetIQ End2End				2010-09-14	
2220	u	a	netiq	NetIQ End2End				2010-09-14	
2221	t	a	ethernet-ip-s	EtherNet/IP over TLS					2015-05-28
2221	u	a	ethernet-ip-s	EtherNet/IP over DTLS					2015-05-28
2222	t	a	EtherNet-IP-1	EtherNet/IP I/O\nIANA assigned this well-formed service name as a replacement for "EtherNet/IP-1".		New contact added for port 2222 on 2008-02-01			
2222	t	a	EtherNet/IP-1	EtherNet/IP I/O		New contact added for port 2222 on 2008-02-01\nThis entry is an alias to "EtherNet-IP-1".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2222	u	a	EtherNet-IP-1	EtherNet/IP I/O\nIANA assigned this well-formed service name as a replacement for "EtherNet/IP-1".		New contact added for port 2222 on 2008-02-01			
2222	u	a	EtherNet/IP-1	EtherNet/IP I/O		New contact added for port 2222 on 2008-02-01\nThis entry is an alias to "EtherNet-IP-1".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2223	t	a	rockwell-csp2	Rockwell CSP2					
2223	u	a	rockwell-csp2	Rockwell CSP2					
2224	t	a	efi-mg	Easy Flexible Internet/Multiplayer Games				2006-03	
2224	u	a	efi-mg	Easy Flexible Internet/Multiplayer Games				2006-03	
2225	t	a	rcip-itu	Resource Connection Initiation Protocol					
2225	u	r		Reserved					
2225	s	a	rcip-itu	Resource Connection Initiation Protocol					
2226	t	a	di-drm	Digital Instinct DRM					
2226	u	a	di-drm	Digital Instinct DRM					
2227	t	a	di-msg	DI Messaging Service				2006-02	
2227	u	a	di-msg	DI Messaging Service				2006-02	
2228	t	a	ehome-ms	eHome Message Server				2006-01	
2228	u	a	ehome-ms	eHome Message Server				2006-01	
2229	t	a	datalens	DataLens Service				2006-02	
2229	u	a	datalens	DataLens Service				2006-02	
2230	t	a	queueadm	MetaSoft Job Queue Administration Service				2006-06	
2230	u	a	queueadm	MetaSoft Job Queue Administration Service				2006-06	
2231	t	a	wimaxasncp	WiMAX ASN Control Plane Protocol				2006-06	
2231	u	a	wimaxasncp	WiMAX ASN Control Plane Protocol				2006-06	
2232	t	a	ivs-video	IVS Video default					
2232	u	a	ivs-video	IVS Video default					
2233	t	a	infocrypt	INFOCRYPT					
2233	u	a	infocrypt	INFOCRYPT					
2234	t	a	directplay	DirectPlay					
2234	u	a	directplay	DirectPlay					
2235	t	a	sercomm-wlink	Sercomm-WLink					
2235	u	a	sercomm-wlink	Sercomm-WLink					
2236	t	a	nani	Nani					
2236	u	a	nani	Nani					
2237	t	a	optech-port1-lm	Optech Port1 License Manager					
2237	u	a	optech-port1-lm	Optech Port1 License Manager					
2238	t	a	aviva-sna	AVIVA SNA SERVER					
2238	u	a	aviva-sna	AVIVA SNA SERVER					
2239	t	a	imagequery	Image Query					
2239	u	a	imagequery	Image Query					
2240	t	a	recipe	RECIPe				1997-12-16	
2240	u	a	recipe	RECIPe				1997-12-16	
2241	t	a	ivsd	IVS Daemon					
2241	u	a	ivsd	IVS Daemon					
2242	t	a	foliocorp	Folio Remote Server					
2242	u	a	foliocorp	Folio Remote Server					
2243	t	a	magicom	Magicom Protocol					
2243	u	a	magicom	Magicom Protocol					
2244	t	a	nmsserver	NMS Server					
2244	u	a	nmsserver	NMS Server					
2245	t	a	hao	HaO					
2245	u	a	hao	HaO					
2246	t	a	pc-mta-addrmap	PacketCable MTA Addr Map					
2246	u	a	pc-mta-addrmap	PacketCable MTA Addr Map					
2247	t	a	antidotemgrsvr	Antidote Deployment Manager Service				2006-02	
2247	u	a	antidotemgrsvr	Antidote Deployment Manager Service				2006-02	
2248	t	a	ums	User Management Service					
2248	u	a	ums	User Management Service					
2249	t	a	rfmp	RISO File Manager Protocol					
2249	u	a	rfmp	RISO File Manager Protocol					
2250	t	a	remote-collab	remote-collab					
2250	u	a	remote-collab	remote-collab					
2251	t	a	dif-port	Distributed Framework Port					
2251	u	a	dif-port	Distributed Framework Port					
2252	t	a	njenet-ssl	NJENET using SSL					
2252	u	a	njenet-ssl	NJENET using SSL					
2253	t	a	dtv-chan-req	DTV Channel Request					
2253	u	a	dtv-chan-req	DTV Channel Request					
2254	t	a	seispoc	Seismic P.O.C. Port					
2254	u	a	seispoc	Seismic P.O.C. Port					
2255	t	a	vrtp	VRTP - ViRtue Transfer Protocol					
2255	u	a	vrtp	VRTP - ViRtue Transfer Protocol					
2256	t	a	pcc-mfp	PCC MFP				2005-08	
2256	u	a	pcc-mfp	PCC MFP				2005-08	
2257	t	a	simple-tx-rx	simple text/file transfer				2006-08	
2257	u	a	simple-tx-rx	simple text/file transfer				2006-08	
2258	t	a	rcts	Rotorcraft Communications Test System				2006-08	
2258	u	a	rcts	Rotorcraft Communications Test System				2006-08	
2259	t	a	bid-serv	BIF identifiers resolution service				2023-03-06	
2259	u	a	bid-serv	BIF identifiers resolution service				2023-03-06	
2260	t	a	apc-2260	APC 2260				2002-02	
2260	u	a	apc-2260	APC 2260				2002-02	
2261	t	a	comotionmaster	CoMotion Master Server					
2261	u	a	comotionmaster	CoMotion Master Server					
2262	t	a	comotionback	CoMotion Backup Server				2005-09	
2262	u	a	comotionback	CoMotion Backup Server				2005-09	
2263	t	a	ecwcfg	ECweb Configuration Service				2006-03	
2263	u	a	ecwcfg	ECweb Configuration Service				2006-03	
2264	t	a	apx500api-1	Audio Precision Apx500 API Port 1					
2264	u	a	apx500api-1	Audio Precision Apx500 API Port 1					
2265	t	a	apx500api-2	Audio Precision Apx500 API Port 2					
2265	u	a	apx500api-2	Audio Precision Apx500 API Port 2					
2266	t	a	mfserver	M-Files Server				2004-06	
2266	u	a	mfserver	M-files Server				2004-06	
2267	t	a	ontobroker	OntoBroker				2004-12	
2267	u	a	ontobroker	OntoBroker				2004-12	
2268	t	a	amt	AMT	RFC7450			2004-12	2014-12-17
2268	u	a	amt	AMT	RFC7450			2004-12	2014-12-17
2269	t	a	mikey	MIKEY				2004-12	
2269	u	a	mikey	MIKEY				2004-12	
2270	t	a	starschool	starSchool				2004-12	
2270	u	a	starschool	starSchool				2004-12	
2271	t	a	mmcals	Secure Meeting Maker Scheduling					
2271	u	a	mmcals	Secure Meeting Maker Scheduling					
2272	t	a	mmcal	Meeting Maker Scheduling				2004-12	
2272	u	a	mmcal	Meeting Maker Scheduling				2004-12	
2273	t	a	mysql-im	MySQL Instance Manager				2004-12	
2273	u	a	mysql-im	MySQL Instance Manager				2004-12	
2274	t	a	pcttunnell	PCTTunneller				2004-12	
2274	u	a	pcttunnell	PCTTunneller				2004-12	
2275	t	a	ibridge-data	iBridge Conferencing					
2275	u	a	ibridge-data	iBridge Conferencing					
2276	t	a	ibridge-mgmt	iBridge Management				2004-12	
2276	u	a	ibridge-mgmt	iBridge Management				2004-12	
2277	t	a	bluectrlproxy	Bt device control proxy				2004-12	
2277	u	a	bluectrlproxy	Bt device control proxy				2004-12	
2278	t	a	s3db	Simple Stacked Sequences Database				2006-08	
2278	u	a	s3db	Simple Stacked Sequences Database				2006-08	
2279	t	a	xmquery	xmquery					
2279	u	a	xmquery	xmquery					
2280	t	a	lnvpoller	LNVPOLLER					
2280	u	a	lnvpoller	LNVPOLLER					
2281	t	a	lnvconsole	LNVCONSOLE					
2281	u	a	lnvconsole	LNVCONSOLE					
2282	t	a	lnvalarm	LNVALARM					
2282	u	a	lnvalarm	LNVALARM					
2283	t	a	lnvstatus	LNVSTATUS					
2283	u	a	lnvstatus	LNVSTATUS					
2284	t	a	lnvmaps	LNVMAPS					
2284	u	a	lnvmaps	LNVMAPS					
2285	t	a	lnvmailmon	LNVMAILMON					
2285	u	a	lnvmailmon	LNVMAILMON					
2286	t	a	nas-metering	NAS-Metering					
2286	u	a	nas-metering	NAS-Metering					
2287	t	a	dna	DNA					
2287	u	a	dna	DNA					
2288	t	a	netml	NETML					
2288	u	a	netml	NETML					
2289	t	a	dict-lookup	Lookup dict server				2005-01	
2289	u	a	dict-lookup	Lookup dict server				2005-01	
2290	t	a	sonus-logging	Sonus Logging Services				2005-08	
2290	u	a	sonus-logging	Sonus Logging Services				2005-08	
2291	t	a	eapsp	EPSON Advanced Printer Share Protocol				2006-06	
2291	u	a	eapsp	EPSON Advanced Printer Share Protocol				2006-06	
2292	t	a	mib-streaming	Sonus Element Management Services				2006-08	
2292	u	a	mib-streaming	Sonus Element Management Services				2006-08	
2293	t	a	npdbgmngr	Network Platform Debug Manager				2006-09	
2293	u	a	npdbgmngr	Network Platform Debug Manager				2006-09	
2294	t	a	konshus-lm	Konshus License Manager (FLEX)					
2294	u	a	konshus-lm	Konshus License Manager (FLEX)					
2295	t	a	advant-lm	Advant License Manager					
2295	u	a	advant-lm	Advant License Manager					
2296	t	a	theta-lm	Theta License Manager (Rainbow)					
2296	u	a	theta-lm	Theta License Manager (Rainbow)					
2297	t	a	d2k-datamover1	D2K DataMover 1					
2297	u	a	d2k-datamover1	D2K DataMover 1					
2298	t	a	d2k-datamover2	D2K DataMover 2					
2298	u	a	d2k-datamover2	D2K DataMover 2					
2299	t	a	pc-telecommute	PC Telecommute					
2299	u	a	pc-telecommute	PC Telecommute					
2300	t	a	cvmmon	CVMMON					
2300	u	a	cvmmon	CVMMON					
2301	t	a	cpq-wbem	Compaq HTTP					
2301	u	a	cpq-wbem	Compaq HTTP					
2302	t	a	binderysupport	Bindery Support					
2302	u	a	binderysupport	Bindery Support					
2303	t	a	proxy-gateway	Proxy Gateway					
2303	u	a	proxy-gateway	Proxy Gateway					
2304	t	a	attachmate-uts	Attachmate UTS					
2304	u	a	attachmate-uts	Attachmate UTS					
2305	t	a	mt-scaleserver	MT ScaleServer					
2305	u	a	mt-scaleserver	MT ScaleServer					
2306	t	a	tappi-boxnet	TAPPI BoxNet					
2306	u	a	tappi-boxnet	TAPPI BoxNet					
2307	t	a	pehelp	pehelp					
2307	u	a	pehelp	pehelp					
2308	t	a	sdhelp	sdhelp					
2308	u	a	sdhelp	sdhelp					
2309	t	a	sdserver	SD Server					
2309	u	a	sdserver	SD Server					
2310	t	a	sdclient	SD Client					
2310	u	a	sdclient	SD Client					
2311	t	a	messageservice	Message Service					
2311	u	a	messageservice	Message Service					
2312	t	a	wanscaler	WANScaler Communication Service				2006-11	
2312	u	a	wanscaler	WANScaler Communication Service				2006-11	
2313	t	a	iapp	IAPP (Inter Access Point Protocol)					
2313	u	a	iapp	IAPP (Inter Access Point Protocol)					
2314	t	a	cr-websystems	CR WebSystems					
2314	u	a	cr-websystems	CR WebSystems					
2315	t	a	precise-sft	Precise Sft.					
2315	u	a	precise-sft	Precise Sft.					
2316	t	a	sent-lm	SENT License Manager					
2316	u	a	sent-lm	SENT License Manager					
2317	t	a	attachmate-g32	Attachmate G32					
2317	u	a	attachmate-g32	Attachmate G32					
2318	t	a	cadencecontrol	Cadence Control					
2318	u	a	cadencecontrol	Cadence Control					
2319	t	a	infolibria	InfoLibria					
2319	u	a	infolibria	InfoLibria					
2320	t	a	siebel-ns	Siebel NS					
2320	u	a	siebel-ns	Siebel NS					
2321	t	a	rdlap	RDLAP					
2321	u	a	rdlap	RDLAP					
2322	t	a	ofsd	ofsd					
2322	u	a	ofsd	ofsd					
2323	t	a	3d-nfsd	3d-nfsd					
2323	u	a	3d-nfsd	3d-nfsd					
2324	t	a	cosmocall	Cosmocall					
2324	u	a	cosmocall	Cosmocall					
2325	t	a	ansysli	ANSYS Licensing Interconnect		Modified: 27 October 2008			
2325	u	a	ansysli	ANSYS Licensing Interconnect		Modified: 27 October 2008			
2326	t	a	idcp	IDCP					
2326	u	a	idcp	IDCP					
2327	t	a	xingcsm	xingcsm					
2327	u	a	xingcsm	xingcsm					
2328	t	a	netrix-sftm	Netrix SFTM					
2328	u	a	netrix-sftm	Netrix SFTM					
2329	t	a	nvd	NVD					
2329	u	a	nvd	NVD					
2330	t	a	tscchat	TSCCHAT					
2330	u	a	tscchat	TSCCHAT					
2331	t	a	agentview	AGENTVIEW					
2331	u	a	agentview	AGENTVIEW					
2332	t	a	rcc-host	RCC Host					
2332	u	a	rcc-host	RCC Host					
2333	t	a	snapp	SNAPP				2009-09-25	
2333	u	a	snapp	SNAPP				2009-09-25	
2334	t	a	ace-client	ACE Client Auth					
2334	u	a	ace-client	ACE Client Auth					
2335	t	a	ace-proxy	ACE Proxy					
2335	u	a	ace-proxy	ACE Proxy					
2336	t	a	appleugcontrol	Apple UG Control					
2336	u	a	appleugcontrol	Apple UG Control					
2337	t	a	ideesrv	ideesrv					
2337	u	a	ideesrv	ideesrv					
2338	t	a	norton-lambert	Norton Lambert					
2338	u	a	norton-lambert	Norton Lambert					
2339	t	a	3com-webview	3Com WebView					
2339	u	a	3com-webview	3Com WebView					
2340	t	a	wrs-registry	WRS Registry\nIANA assigned this well-formed service name as a replacement for "wrs_registry".					
2340	t	a	wrs_registry	WRS Registry		This entry is an alias to "wrs-registry".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2340	u	a	wrs-registry	WRS Registry\nIANA assigned this well-formed service name as a replacement for "wrs_registry".					
2340	u	a	wrs_registry	WRS Registry		This entry is an alias to "wrs-registry".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2341	t	a	xiostatus	XIO Status					
2341	u	a	xiostatus	XIO Status					
2342	t	a	manage-exec	Seagate Manage Exec					
2342	u	a	manage-exec	Seagate Manage Exec					
2343	t	a	nati-logos	nati logos					
2343	u	a	nati-logos	nati logos					
2344	t	a	fcmsys	fcmsys					
2344	u	a	fcmsys	fcmsys					
2345	t	a	dbm	dbm					
2345	u	a	dbm	dbm					
2346	t	a	redstorm-join	Game Connection Port\nIANA assigned this well-formed service name as a replacement for "redstorm_join".					
2346	t	a	redstorm_join	Game Connection Port		This entry is an alias to "redstorm-join".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2346	u	a	redstorm-join	Game Connection Port\nIANA assigned this well-formed service name as a replacement for "redstorm_join".					
2346	u	a	redstorm_join	Game Connection Port		This entry is an alias to "redstorm-join".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2347	t	a	redstorm-find	Game Announcement and Location\nIANA assigned this well-formed service name as a replacement for "redstorm_find".					
2347	t	a	redstorm_find	Game Announcement and Location		This entry is an alias to "redstorm-find".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2347	u	a	redstorm-find	Game Announcement and Location\nIANA assigned this well-formed service name as a replacement for "redstorm_find".					
2347	u	a	redstorm_find	Game Announcement and Location		This entry is an alias to "redstorm-find".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2348	t	a	redstorm-info	Information to query for game status\nIANA assigned this well-formed service name as a replacement for "redstorm_info".					
2348	t	a	redstorm_info	Information to query for game status		This entry is an alias to "redstorm-info".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2348	u	a	redstorm-info	Information to query for game status\nIANA assigned this well-formed service name as a replacement for "redstorm_info".					
2348	u	a	redstorm_info	Information to query for game status		This entry is an alias to "redstorm-info".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2349	t	a	redstorm-diag	Diagnostics Port\nIANA assigned this well-formed service name as a replacement for "redstorm_diag".					
2349	t	a	redstorm_diag	Diagnostics Port		This entry is an alias to "redstorm-diag".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2349	u	a	redstorm-diag	Diagnostics Port\nIANA assigned this well-formed service name as a replacement for "redstorm_diag".					
2349	u	a	redstorm_diag	Diagnostics Port		This entry is an alias to "redstorm-diag".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2350	t	a	psbserver	Pharos Booking Server					
2350	u	a	psbserver	Pharos Booking Server					
2351	t	a	psrserver	psrserver					
2351	u	a	psrserver	psrserver					
2352	t	a	pslserver	pslserver					
2352	u	a	pslserver	pslserver					
2353	t	a	pspserver	pspserver					
2353	u	a	pspserver	pspserver					
2354	t	a	psprserver	psprserver					
2354	u	a	psprserver	psprserver					
2355	t	a	psdbserver	psdbserver					
2355	u	a	psdbserver	psdbserver					
2356	t	a	gxtelmd	GXT License Managemant					
2356	u	a	gxtelmd	GXT License Managemant					
2357	t	a	unihub-server	UniHub Server					
2357	u	a	unihub-server	UniHub Server					
2358	t	a	futrix	Futrix					
2358	u	a	futrix	Futrix					
2359	t	a	flukeserver	FlukeServer					
2359	u	a	flukeserver	FlukeServer					
2360	t	a	nexstorindltd	NexstorIndLtd					
2360	u	a	nexstorindltd	NexstorIndLtd					
2361	t	a	tl1	TL1					
2361	u	a	tl1	TL1					
2362	t	a	digiman	digiman					
2362	u	a	digiman	digiman					
2363	t	a	mediacntrlnfsd	Media Central NFSD					
2363	u	a	mediacntrlnfsd	Media Central NFSD					
2364	t	a	oi-2000	OI-2000					
2364	u	a	oi-2000	OI-2000					
2365	t	a	dbref	dbref					
2365	u	a	dbref	dbref					
2366	t	a	qip-login	qip-login					
2366	u	a	qip-login	qip-login					
2367	t	a	service-ctrl	Service Control					
2367	u	a	service-ctrl	Service Control					
2368	t	a	opentable	OpenTable					
2368	u	a	opentable	OpenTable					
2369	t	a	bif-p2p	Blockchain Identifier InFrastructure P2P				2023-06-29	
2369	u	a	bif-p2p	Blockchain Identifier InFrastructure P2P				2023-03-06	
2370	t	a	l3-hbmon	L3-HBMon					2014-04-09
2370	u	a	l3-hbmon	L3-HBMon					2014-04-09
2371	t	a	rda	Remote Device Access					2018-11-05
2371	u	r		Reserved					2014-04-09
2372	t	a	lanmessenger	LanMessenger				2008-02-01	
2372	u	a	lanmessenger	LanMessenger				2008-02-01	
2373	t	a	remographlm	Remograph License Manager				2009-01-21	
2373	u	r		Reserved					
2374	t	a	hydra	Hydra RPC				2009-01-21	
2374	u	r		Reserved					
2375	t	a	docker	Docker REST API (plain text)				2014-04-17	
2375	u	r		Reserved					
2376	t	a	docker-s	Docker REST API (ssl)				2014-04-17	
2377	t	a	swarm	RPC interface for Docker Swarm				2016-12-23	
2377	u	r		Reserved					
2378	t	r		Reserved					
2378	u	a	dali	DALI lighting control				2020-11-24	
2379	t	a	etcd-client	etcd client communication				2014-07-09	
2379	u	r		Reserved					
2380	t	a	etcd-server	etcd server to server communication				2014-07-09	
2380	u	r		Reserved					
2381	t	a	compaq-https	Compaq HTTPS					
2381	u	a	compaq-https	Compaq HTTPS					
2382	t	a	ms-olap3	Microsoft OLAP					
2382	u	a	ms-olap3	Microsoft OLAP					
2383	t	a	ms-olap4	Microsoft OLAP					
2383	u	a	ms-olap4	Microsoft OLAP					
2384	t	a	sd-request	SD-REQUEST					
2384	u	a	sd-capacity	SD-CAPACITY					
2385	t	a	sd-data	SD-DATA					
2385	u	a	sd-data	SD-DATA					
2386	t	a	virtualtape	Virtual Tape					
2386	u	a	virtualtape	Virtual Tape					
2387	t	a	vsamredirector	VSAM Redirector					
2387	u	a	vsamredirector	VSAM Redirector					
2388	t	a	mynahautostart	MYNAH AutoStart					
2388	u	a	mynahautostart	MYNAH AutoStart					
2389	t	a	ovsessionmgr	OpenView Session Mgr					
2389	u	a	ovsessionmgr	OpenView Session Mgr					
2390	t	a	rsmtp	RSMTP					
2390	u	a	rsmtp	RSMTP					
2391	t	a	3com-net-mgmt	3COM Net Management					
2391	u	a	3com-net-mgmt	3COM Net Management					
2392	t	a	tacticalauth	Tactical Auth					
2392	u	a	tacticalauth	Tactical Auth					
2393	t	a	ms-olap1	MS OLAP 1					
2393	u	a	ms-olap1	MS OLAP 1					
2394	t	a	ms-olap2	MS OLAP 2					
2394	u	a	ms-olap2	MS OLAP 2					
2395	t	a	lan900-remote	LAN900 Remote\nIANA assigned this well-formed service name as a replacement for "lan900_remote".					
2395	t	a	lan900_remote	LAN900 Remote		This entry is an alias to "lan900-remote".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2395	u	a	lan900-remote	LAN900 Remote\nIANA assigned this well-formed service name as a replacement for "lan900_remote".					
2395	u	a	lan900_remote	LAN900 Remote		This entry is an alias to "lan900-remote".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2396	t	a	wusage	Wusage					
2396	u	a	wusage	Wusage					
2397	t	a	ncl	NCL					
2397	u	a	ncl	NCL					
2398	t	a	orbiter	Orbiter					
2398	u	a	orbiter	Orbiter					
2399	t	a	fmpro-fdal	FileMaker, Inc. - Data Access Layer					
2399	u	a	fmpro-fdal	FileMaker, Inc. - Data Access Layer					
2400	t	a	opequus-server	OpEquus Server					
2400	u	a	opequus-server	OpEquus Server					
2401	t	a	cvspserver	cvspserver					
2401	u	a	cvspserver	cvspserver					
2402	t	a	taskmaster2000	TaskMaster 2000 Server					
2402	u	a	taskmaster2000	TaskMaster 2000 Server					
2403	t	a	taskmaster2000	TaskMaster 2000 Web					
2403	u	a	taskmaster2000	TaskMaster 2000 Web					
2404	t	a	iec-104	IEC 60870-5-104 process control over IP					
2404	u	a	iec-104	IEC 60870-5-104 process control over IP					
2405	t	a	trc-netpoll	TRC Netpoll					
2405	u	a	trc-netpoll	TRC Netpoll					
2406	t	a	jediserver	JediServer					
2406	u	a	jediserver	JediServer					
2407	t	a	orion	Orion					
2407	u	a	orion	Orion					
2408	t	a	railgun-webaccl	CloudFlare Railgun Web Acceleration Protocol					2012-03-09
2408	u	r		Reserved		This entry is being removed on 2012-03-09.			2012-03-09
2409	t	a	sns-protocol	SNS Protocol					
2409	u	a	sns-protocol	SNS Protocol					
2410	t	a	vrts-registry	VRTS Registry					
2410	u	a	vrts-registry	VRTS Registry					
2411	t	a	netwave-ap-mgmt	Netwave AP Management					
2411	u	a	netwave-ap-mgmt	Netwave AP Management					
2412	t	a	cdn	CDN					
2412	u	a	cdn	CDN					
2413	t	a	orion-rmi-reg	orion-rmi-reg					
2413	u	a	orion-rmi-reg	orion-rmi-reg					
2414	t	a	beeyond	Beeyond					
2414	u	a	beeyond	Beeyond					
2415	t	a	codima-rtp	Codima Remote Transaction Protocol					
2415	u	a	codima-rtp	Codima Remote Transaction Protocol					
2416	t	a	rmtserver	RMT Server					
2416	u	a	rmtserver	RMT Server					
2417	t	a	composit-server	Composit Server					
2417	u	a	composit-server	Composit Server					
2418	t	a	cas	cas					
2418	u	a	cas	cas					
2419	t	a	attachmate-s2s	Attachmate S2S					
2419	u	a	attachmate-s2s	Attachmate S2S					
2420	t	a	dslremote-mgmt	DSL Remote Management					
2420	u	a	dslremote-mgmt	DSL Remote Management					
2421	t	a	g-talk	G-Talk					
2421	u	a	g-talk	G-Talk					
2422	t	a	crmsbits	CRMSBITS					
2422	u	a	crmsbits	CRMSBITS					
2423	t	a	rnrp	RNRP					
2423	u	a	rnrp	RNRP					
2424	t	a	kofax-svr	KOFAX-SVR				2011-04-25	
2424	u	a	kofax-svr	KOFAX-SVR				2011-04-25	
2425	t	a	fjitsuappmgr	Fujitsu App Manager					
2425	u	a	fjitsuappmgr	Fujitsu App Manager					
2426	t	a	vcmp	VeloCloud MultiPath Protocol		This port was previously removed on 2002-04-29.		2014-11-13	
2426	u	a	vcmp	VeloCloud MultiPath Protocol		This port was previously removed on 2002-04-29.		2014-11-13	
2427	t	a	mgcp-gateway	Media Gateway Control Protocol Gateway					
2427	u	a	mgcp-gateway	Media Gateway Control Protocol Gateway					
2428	t	a	ott	One Way Trip Time					
2428	u	a	ott	One Way Trip Time					
2429	t	a	ft-role	FT-ROLE					
2429	u	a	ft-role	FT-ROLE					
2430	t	a	venus	venus					
2430	u	a	venus	venus					
2431	t	a	venus-se	venus-se					
2431	u	a	venus-se	venus-se					
2432	t	a	codasrv	codasrv					
2432	u	a	codasrv	codasrv					
2433	t	a	codasrv-se	codasrv-se					
2433	u	a	codasrv-se	codasrv-se					
2434	t	a	pxc-epmap	pxc-epmap					
2434	u	a	pxc-epmap	pxc-epmap					
2435	t	a	optilogic	OptiLogic					
2435	u	a	optilogic	OptiLogic					
2436	t	a	topx	TOP/X					
2436	u	a	topx	TOP/X					
2437	t	a	unicontrol	UniControl					
2437	u	a	unicontrol	UniControl					
2438	t	a	msp	MSP					
2438	u	a	msp	MSP					
2439	t	a	sybasedbsynch	SybaseDBSynch					
2439	u	a	sybasedbsynch	SybaseDBSynch					
2440	t	a	spearway	Spearway Lockers					
2440	u	a	spearway	Spearway Lockers					
2441	t	a	pvsw-inet	Pervasive I*net Data Server					
2441	u	a	pvsw-inet	Pervasive I*net Data Server					
2442	t	a	netangel	Netangel					
2442	u	a	netangel	Netangel					
2443	t	a	powerclientcsf	PowerClient Central Storage Facility					
2443	u	a	powerclientcsf	PowerClient Central Storage Facility					
2444	t	a	btpp2sectrans	BT PP2 Sectrans					
2444	u	a	btpp2sectrans	BT PP2 Sectrans					
2445	t	a	dtn1	DTN1					
2445	u	a	dtn1	DTN1					
2446	t	a	bues-service	bues_service\nIANA assigned this well-formed service name as a replacement for "bues_service".					
2446	t	a	bues_service	bues_service		This entry is an alias to "bues-service".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2446	u	a	bues-service	bues_service\nIANA assigned this well-formed service name as a replacement for "bues_service".					
2446	u	a	bues_service	bues_service		This entry is an alias to "bues-service".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2447	t	a	ovwdb	OpenView NNM daemon					
2447	u	a	ovwdb	OpenView NNM daemon					
2448	t	a	hpppssvr	hpppsvr					
2448	u	a	hpppssvr	hpppsvr					
2449	t	a	ratl	RATL					
2449	u	a	ratl	RATL					
2450	t	a	netadmin	netadmin					
2450	u	a	netadmin	netadmin					
2451	t	a	netchat	netchat					
2451	u	a	netchat	netchat					
2452	t	a	snifferclient	SnifferClient					
2452	u	a	snifferclient	SnifferClient					
2453	t	a	madge-ltd	madge ltd					
2453	u	a	madge-ltd	madge ltd					
2454	t	a	indx-dds	IndX-DDS					
2454	u	a	indx-dds	IndX-DDS					
2455	t	a	wago-io-system	WAGO-IO-SYSTEM					
2455	u	a	wago-io-system	WAGO-IO-SYSTEM					
2456	t	a	altav-remmgt	altav-remmgt					
2456	u	a	altav-remmgt	altav-remmgt					
2457	t	a	rapido-ip	Rapido_IP					
2457	u	a	rapido-ip	Rapido_IP					
2458	t	a	griffin	griffin					
2458	u	a	griffin	griffin					
2459	t	a	xrpl	Community					2019-08-09
2459	u	a	xrpl	Community					2019-08-09
2460	t	a	ms-theater	ms-theater					
2460	u	a	ms-theater	ms-theater					
2461	t	a	qadmifoper	qadmifoper					
2461	u	a	qadmifoper	qadmifoper					
2462	t	a	qadmifevent	qadmifevent					
2462	u	a	qadmifevent	qadmifevent					
2463	t	a	lsi-raid-mgmt	LSI RAID Management					2014-07-18
2463	u	a	lsi-raid-mgmt	LSI RAID Management					2014-07-18
2464	t	a	direcpc-si	DirecPC SI					
2464	u	a	direcpc-si	DirecPC SI					
2465	t	a	lbm	Load Balance Management					
2465	u	a	lbm	Load Balance Management					
2466	t	a	lbf	Load Balance Forwarding					
2466	u	a	lbf	Load Balance Forwarding					
2467	t	a	high-criteria	High Criteria					
2467	u	a	high-criteria	High Criteria					
2468	t	a	qip-msgd	qip_msgd					
2468	u	a	qip-msgd	qip_msgd					
2469	t	a	mti-tcs-comm	MTI-TCS-COMM					
2469	u	a	mti-tcs-comm	MTI-TCS-COMM					
2470	t	a	taskman-port	taskman port					
2470	u	a	taskman-port	taskman port					
2471	t	a	seaodbc	SeaODBC					
2471	u	a	seaodbc	SeaODBC					
2472	t	a	c3	C3					
2472	u	a	c3	C3					
2473	t	a	aker-cdp	Aker-cdp					
2473	u	a	aker-cdp	Aker-cdp					
2474	t	a	vitalanalysis	Vital Analysis					
2474	u	a	vitalanalysis	Vital Analysis					
2475	t	a	ace-server	ACE Server					
2475	u	a	ace-server	ACE Server					
2476	t	a	ace-svr-prop	ACE Server Propagation					
2476	u	a	ace-svr-prop	ACE Server Propagation					
2477	t	a	ssm-cvs	SecurSight Certificate Valifation Service					
2477	u	a	ssm-cvs	SecurSight Certificate Valifation Service					
2478	t	a	ssm-cssps	SecurSight Authentication Server (SSL)					
2478	u	a	ssm-cssps	SecurSight Authentication Server (SSL)					
2479	t	a	ssm-els	SecurSight Event Logging Server (SSL)					
2479	u	a	ssm-els	SecurSight Event Logging Server (SSL)					
2480	t	a	powerexchange	Informatica PowerExchange Listener					2023-03-13
2480	u	a	powerexchange	Informatica PowerExchange Listener					2023-03-13
2481	t	a	giop	Oracle GIOP					
2481	u	a	giop	Oracle GIOP					
2482	t	a	giop-ssl	Oracle GIOP SSL					
2482	u	a	giop-ssl	Oracle GIOP SSL					
2483	t	a	ttc	Oracle TTC					
2483	u	a	ttc	Oracle TTC					
2484	t	a	ttc-ssl	Oracle TTC SSL					
2484	u	a	ttc-ssl	Oracle TTC SSL					
2485	t	a	netobjects1	Net Objects1					
2485	u	a	netobjects1	Net Objects1					
2486	t	a	netobjects2	Net Objects2					
2486	u	a	netobjects2	Net Objects2					
2487	t	a	pns	Policy Notice Service					
2487	u	a	pns	Policy Notice Service					
2488	t	a	moy-corp	Moy Corporation					
2488	u	a	moy-corp	Moy Corporation					
2489	t	a	tsilb	TSILB					
2489	u	a	tsilb	TSILB					
2490	t	a	qip-qdhcp	qip_qdhcp					
2490	u	a	qip-qdhcp	qip_qdhcp					
2491	t	a	conclave-cpp	Conclave CPP					
2491	u	a	conclave-cpp	Conclave CPP					
2492	t	a	groove	GROOVE					
2492	u	a	groove	GROOVE					
2493	t	a	talarian-mqs	Talarian MQS					
2493	u	a	talarian-mqs	Talarian MQS					
2494	t	a	bmc-ar	BMC AR					
2494	u	a	bmc-ar	BMC AR					
2495	t	a	fast-rem-serv	Fast Remote Services					
2495	u	a	fast-rem-serv	Fast Remote Services					
2496	t	a	dirgis	DIRGIS					
2496	u	a	dirgis	DIRGIS					
2497	t	a	quaddb	Quad DB					
2497	u	a	quaddb	Quad DB					
2498	t	a	odn-castraq	ODN-CasTraq					
2498	u	a	odn-castraq	ODN-CasTraq					
2499	t	a	unicontrol	UniControl					
2499	u	a	unicontrol	UniControl					
2500	t	a	rtsserv	Resource Tracking system server					
2500	u	a	rtsserv	Resource Tracking system server					
2501	t	a	rtsclient	Resource Tracking system client					
2501	u	a	rtsclient	Resource Tracking system client					
2502	t	a	kentrox-prot	Kentrox Protocol					
2502	u	a	kentrox-prot	Kentrox Protocol					
2503	t	a	nms-dpnss	NMS-DPNSS					
2503	u	a	nms-dpnss	NMS-DPNSS					
2504	t	a	wlbs	WLBS					
2504	u	a	wlbs	WLBS					
2505	t	a	ppcontrol	PowerPlay Control				2004-11	
2505	u	a	ppcontrol	PowerPlay Control				2004-11	
2506	t	a	jbroker	jbroker					
2506	u	a	jbroker	jbroker					
2507	t	a	spock	spock					
2507	u	a	spock	spock					
2508	t	a	jdatastore	JDataStore					
2508	u	a	jdatastore	JDataStore					
2509	t	a	fjmpss	fjmpss					
2509	u	a	fjmpss	fjmpss					
2510	t	a	fjappmgrbulk	fjappmgrbulk					
2510	u	a	fjappmgrbulk	fjappmgrbulk					
2511	t	a	metastorm	Metastorm					
2511	u	a	metastorm	Metastorm					
2512	t	a	citrixima	Citrix IMA					
2512	u	a	citrixima	Citrix IMA					
2513	t	a	citrixadmin	Citrix ADMIN					
2513	u	a	citrixadmin	Citrix ADMIN					
2514	t	a	facsys-ntp	Facsys NTP					
2514	u	a	facsys-ntp	Facsys NTP					
2515	t	a	facsys-router	Facsys Router					
2515	u	a	facsys-router	Facsys Router					
2516	t	a	maincontrol	Main Control					
2516	u	a	maincontrol	Main Control					
2517	t	a	call-sig-trans	H.323 Annex E Call Control Signalling Transport					2013-01-31
2517	u	a	call-sig-trans	H.323 Annex E Call Control Signalling Transport					2013-01-31
2518	t	a	willy	Willy					
2518	u	a	willy	Willy					
2519	t	a	globmsgsvc	globmsgsvc					
2519	u	a	globmsgsvc	globmsgsvc					
2520	t	a	pvsw	Pervasive Listener					
2520	u	a	pvsw	Pervasive Listener					
2521	t	a	adaptecmgr	Adaptec Manager					
2521	u	a	adaptecmgr	Adaptec Manager					
2522	t	a	windb	WinDb					
2522	u	a	windb	WinDb					
2523	t	a	qke-llc-v3	Qke LLC V.3					
2523	u	a	qke-llc-v3	Qke LLC V.3					
2524	t	a	optiwave-lm	Optiwave License Management					
2524	u	a	optiwave-lm	Optiwave License Management					
2525	t	a	ms-v-worlds	MS V-Worlds					
2525	u	a	ms-v-worlds	MS V-Worlds					
2526	t	a	ema-sent-lm	EMA License Manager					
2526	u	a	ema-sent-lm	EMA License Manager					
2527	t	a	iqserver	IQ Server					
2527	u	a	iqserver	IQ Server					
2528	t	a	ncr-ccl	NCR CCL\nIANA assigned this well-formed service name as a replacement for "ncr_ccl".					
2528	t	a	ncr_ccl	NCR CCL		This entry is an alias to "ncr-ccl".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2528	u	a	ncr-ccl	NCR CCL\nIANA assigned this well-formed service name as a replacement for "ncr_ccl".					
2528	u	a	ncr_ccl	NCR CCL		This entry is an alias to "ncr-ccl".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2529	t	a	utsftp	UTS FTP					
2529	u	a	utsftp	UTS FTP					
2530	t	a	vrcommerce	VR Commerce					
2530	u	a	vrcommerce	VR Commerce					
2531	t	a	ito-e-gui	ITO-E GUI					
2531	u	a	ito-e-gui	ITO-E GUI					
2532	t	a	ovtopmd	OVTOPMD					
2532	u	a	ovtopmd	OVTOPMD					
2533	t	a	snifferserver	SnifferServer					
2533	u	a	snifferserver	SnifferServer					
2534	t	a	combox-web-acc	Combox Web Access					
2534	u	a	combox-web-acc	Combox Web Access					
2535	t	a	madcap	MADCAP					
2535	u	a	madcap	MADCAP					
2536	t	a	btpp2audctr1	btpp2audctr1					
2536	u	a	btpp2audctr1	btpp2audctr1					
2537	t	a	upgrade	Upgrade Protocol					
2537	u	a	upgrade	Upgrade Protocol					
2538	t	a	vnwk-prapi	vnwk-prapi					
2538	u	a	vnwk-prapi	vnwk-prapi					
2539	t	a	vsiadmin	VSI Admin					
2539	u	a	vsiadmin	VSI Admin					
2540	t	a	lonworks	LonWorks					
2540	u	a	lonworks	LonWorks					
2541	t	a	lonworks2	LonWorks2					
2541	u	a	lonworks2	LonWorks2					
2542	t	a	udrawgraph	uDraw(Graph)					
2542	u	a	udrawgraph	uDraw(Graph)					
2543	t	a	reftek	REFTEK					
2543	u	a	reftek	REFTEK					
2544	t	a	novell-zen	Management Daemon Refresh					
2544	u	a	novell-zen	Management Daemon Refresh					
2545	t	a	sis-emt	sis-emt					
2545	u	a	sis-emt	sis-emt					
2546	t	a	vytalvaultbrtp	vytalvaultbrtp					
2546	u	a	vytalvaultbrtp	vytalvaultbrtp					
2547	t	a	vytalvaultvsmp	vytalvaultvsmp					
2547	u	a	vytalvaultvsmp	vytalvaultvsmp					
2548	t	a	vytalvaultpipe	vytalvaultpipe					
2548	u	a	vytalvaultpipe	vytalvaultpipe					
2549	t	a	ipass	IPASS					
2549	u	a	ipass	IPASS					
2550	t	a	ads	ADS					
2550	u	a	ads	ADS					
2551	t	a	isg-uda-server	ISG UDA Server					
2551	u	a	isg-uda-server	ISG UDA Server					
2552	t	a	call-logging	Call Logging					
2552	u	a	call-logging	Call Logging					
2553	t	a	efidiningport	efidiningport					
2553	u	a	efidiningport	efidiningport					
2554	t	a	vcnet-link-v10	VCnet-Link v10					
2554	u	a	vcnet-link-v10	VCnet-Link v10					
2555	t	a	compaq-wcp	Compaq WCP					
2555	u	a	compaq-wcp	Compaq WCP					
2556	t	a	nicetec-nmsvc	nicetec-nmsvc					
2556	u	a	nicetec-nmsvc	nicetec-nmsvc					
2557	t	a	nicetec-mgmt	nicetec-mgmt					
2557	u	a	nicetec-mgmt	nicetec-mgmt					
2558	t	a	pclemultimedia	PCLE Multi Media					
2558	u	a	pclemultimedia	PCLE Multi Media					
2559	t	a	lstp	LSTP					
2559	u	a	lstp	LSTP					
2560	t	a	labrat	labrat					
2560	u	a	labrat	labrat					
2561	t	a	mosaixcc	MosaixCC					
2561	u	a	mosaixcc	MosaixCC					
2562	t	a	delibo	Delibo					
2562	u	a	delibo	Delibo					
2563	t	a	cti-redwood	CTI Redwood					
2563	u	a	cti-redwood	CTI Redwood					
2564	t	a	hp-3000-telnet	HP 3000 NS/VT block mode telnet					
2564	u	a	hp-3000-telnet	HP 3000 NS/VT block mode telnet					
2565	t	a	coord-svr	Coordinator Server					
2565	u	a	coord-svr	Coordinator Server					
2566	t	a	pcs-pcw	pcs-pcw					
2566	u	a	pcs-pcw	pcs-pcw					
2567	t	a	clp	Cisco Line Protocol					
2567	u	a	clp	Cisco Line Protocol					
2568	t	a	spamtrap	SPAM TRAP				2008-08-29	
2568	u	a	spamtrap	SPAM TRAP				2008-08-29	
2569	t	a	sonuscallsig	Sonus Call Signal					
2569	u	a	sonuscallsig	Sonus Call Signal					
2570	t	a	hs-port	HS Port					
2570	u	a	hs-port	HS Port					
2571	t	a	cecsvc	CECSVC					
2571	u	a	cecsvc	CECSVC					
2572	t	a	ibp	IBP					
2572	u	a	ibp	IBP					
2573	t	a	trustestablish	Trust Establish					
2573	u	a	trustestablish	Trust Establish					
2574	t	a	blockade-bpsp	Blockade BPSP					
2574	u	a	blockade-bpsp	Blockade BPSP					
2575	t	a	hl7	HL7					
2575	u	a	hl7	HL7					
2576	t	a	tclprodebugger	TCL Pro Debugger					
2576	u	a	tclprodebugger	TCL Pro Debugger					
2577	t	a	scipticslsrvr	Scriptics Lsrvr					
2577	u	a	scipticslsrvr	Scriptics Lsrvr					
2578	t	a	rvs-isdn-dcp	RVS ISDN DCP					
2578	u	a	rvs-isdn-dcp	RVS ISDN DCP					
2579	t	a	mpfoncl	mpfoncl					
2579	u	a	mpfoncl	mpfoncl					
2580	t	a	tributary	Tributary					
2580	u	a	tributary	Tributary					
2581	t	a	argis-te	ARGIS TE					
2581	u	a	argis-te	ARGIS TE					
2582	t	a	argis-ds	ARGIS DS					
2582	u	a	argis-ds	ARGIS DS					
2583	t	a	mon	MON					
2583	u	a	mon	MON					
2584	t	a	cyaserv	cyaserv					
2584	u	a	cyaserv	cyaserv					
2585	t	a	netx-server	NETX Server					
2585	u	a	netx-server	NETX Server					
2586	t	a	netx-agent	NETX Agent					
2586	u	a	netx-agent	NETX Agent					
2587	t	a	masc	MASC					
2587	u	a	masc	MASC					
2588	t	a	privilege	Privilege					
2588	u	a	privilege	Privilege					
2589	t	a	quartus-tcl	quartus tcl					
2589	u	a	quartus-tcl	quartus tcl					
2590	t	a	idotdist	idotdist					
2590	u	a	idotdist	idotdist					
2591	t	a	maytagshuffle	Maytag Shuffle					
2591	u	a	maytagshuffle	Maytag Shuffle					
2592	t	a	netrek	netrek					
2592	u	a	netrek	netrek					
2593	t	a	mns-mail	MNS Mail Notice Service					
2593	u	a	mns-mail	MNS Mail Notice Service					
2594	t	a	dts	Data Base Server					
2594	u	a	dts	Data Base Server					
2595	t	a	worldfusion1	World Fusion 1					
2595	u	a	worldfusion1	World Fusion 1					
2596	t	a	worldfusion2	World Fusion 2					
2596	u	a	worldfusion2	World Fusion 2					
2597	t	a	homesteadglory	Homestead Glory					
2597	u	a	homesteadglory	Homestead Glory					
2598	t	a	citriximaclient	Citrix MA Client					
2598	u	a	citriximaclient	Citrix MA Client					
2599	t	a	snapd	Snap Discovery					
2599	u	a	snapd	Snap Discovery					
2600	t	a	hpstgmgr	HPSTGMGR					
2600	u	a	hpstgmgr	HPSTGMGR					
2601	t	a	discp-client	discp client					
2601	u	a	discp-client	discp client					
2602	t	a	discp-server	discp server					
2602	u	a	discp-server	discp server					
2603	t	a	servicemeter	Service Meter					
2603	u	a	servicemeter	Service Meter					
2604	t	a	nsc-ccs	NSC CCS					
2604	u	a	nsc-ccs	NSC CCS					
2605	t	a	nsc-posa	NSC POSA					
2605	u	a	nsc-posa	NSC POSA					
2606	t	a	netmon	Dell Netmon					
2606	u	a	netmon	Dell Netmon					
2607	t	a	connection	Dell Connection					
2607	u	a	connection	Dell Connection					
2608	t	a	wag-service	Wag Service					
2608	u	a	wag-service	Wag Service					
2609	t	a	system-monitor	System Monitor					
2609	u	a	system-monitor	System Monitor					
2610	t	a	versa-tek	VersaTek					
2610	u	a	versa-tek	VersaTek					
2611	t	a	lionhead	LIONHEAD					
2611	u	a	lionhead	LIONHEAD					
2612	t	a	qpasa-agent	Qpasa Agent					
2612	u	a	qpasa-agent	Qpasa Agent					
2613	t	a	smntubootstrap	SMNTUBootstrap					
2613	u	a	smntubootstrap	SMNTUBootstrap					
2614	t	a	neveroffline	Never Offline					
2614	u	a	neveroffline	Never Offline					
2615	t	a	firepower	firepower					
2615	u	a	firepower	firepower					
2616	t	a	appswitch-emp	appswitch-emp					
2616	u	a	appswitch-emp	appswitch-emp					
2617	t	a	cmadmin	Clinical Context Managers					
2617	u	a	cmadmin	Clinical Context Managers					
2618	t	a	priority-e-com	Priority E-Com					
2618	u	a	priority-e-com	Priority E-Com					
2619	t	a	bruce	bruce					
2619	u	a	bruce	bruce					
2620	t	a	lpsrecommender	LPSRecommender					
2620	u	a	lpsrecommender	LPSRecommender					
2621	t	a	miles-apart	Miles Apart Jukebox Server					
2621	u	a	miles-apart	Miles Apart Jukebox Server					
2622	t	a	metricadbc	MetricaDBC					
2622	u	a	metricadbc	MetricaDBC					
2623	t	a	lmdp	LMDP					
2623	u	a	lmdp	LMDP					
2624	t	a	aria	Aria					
2624	u	a	aria	Aria					
2625	t	a	blwnkl-port	Blwnkl Port					
2625	u	a	blwnkl-port	Blwnkl Port					
2626	t	a	gbjd816	gbjd816					
2626	u	a	gbjd816	gbjd816					
2627	t	a	moshebeeri	Moshe Beeri					
2627	u	a	moshebeeri	Moshe Beeri					
2628	t	a	dict	DICT					
2628	u	a	dict	DICT					
2629	t	a	sitaraserver	Sitara Server					
2629	u	a	sitaraserver	Sitara Server					
2630	t	a	sitaramgmt	Sitara Management					
2630	u	a	sitaramgmt	Sitara Management					
2631	t	a	sitaradir	Sitara Dir					
2631	u	a	sitaradir	Sitara Dir					
2632	t	a	irdg-post	IRdg Post					
2632	u	a	irdg-post	IRdg Post					
2633	t	a	interintelli	InterIntelli					
2633	u	a	interintelli	InterIntelli					
2634	t	a	pk-electronics	PK Electronics					
2634	u	a	pk-electronics	PK Electronics					
2635	t	a	backburner	Back Burner					
2635	u	a	backburner	Back Burner					
2636	t	a	solve	Solve					
2636	u	a	solve	Solve					
2637	t	a	imdocsvc	Import Document Service					
2637	u	a	imdocsvc	Import Document Service					
2638	t	a	sybaseanywhere	Sybase Anywhere					2021-12-03
2638	u	a	sybaseanywhere	Sybase Anywhere					2021-12-03
2639	t	a	aminet	AMInet					
2639	u	a	aminet	AMInet					
2640	t	a	ami-control	Alcorn McBride Inc protocol used for device control					2020-03-12
2640	u	a	ami-control	Alcorn McBride Inc protocol used for device control					2020-03-12
2641	t	a	hdl-srv	HDL Server					
2641	u	a	hdl-srv	HDL Server					
2642	t	a	tragic	Tragic					
2642	u	a	tragic	Tragic					
2643	t	a	gte-samp	GTE-SAMP					
2643	u	a	gte-samp	GTE-SAMP					
2644	t	a	travsoft-ipx-t	Travsoft IPX Tunnel					
2644	u	a	travsoft-ipx-t	Travsoft IPX Tunnel					
2645	t	a	novell-ipx-cmd	Novell IPX CMD					
2645	u	a	novell-ipx-cmd	Novell IPX CMD					
2646	t	a	and-lm	AND License Manager					
2646	u	a	and-lm	AND License Manager					
2647	t	a	syncserver	SyncServer					
2647	u	a	syncserver	SyncServer					
2648	t	a	upsnotifyprot	Upsnotifyprot					
2648	u	a	upsnotifyprot	Upsnotifyprot					
2649	t	a	vpsipport	VPSIPPORT					
2649	u	a	vpsipport	VPSIPPORT					
2650	t	a	eristwoguns	eristwoguns				2008-12-16	
2650	u	a	eristwoguns	eristwoguns				2008-12-16	
2651	t	a	ebinsite	EBInSite					
2651	u	a	ebinsite	EBInSite					
2652	t	a	interpathpanel	InterPathPanel					
2652	u	a	interpathpanel	InterPathPanel					
2653	t	a	sonus	Sonus					
2653	u	a	sonus	Sonus					
2654	t	a	corel-vncadmin	Corel VNC Admin\nIANA assigned this well-formed service name as a replacement for "corel_vncadmin".					
2654	t	a	corel_vncadmin	Corel VNC Admin		This entry is an alias to "corel-vncadmin".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2654	u	a	corel-vncadmin	Corel VNC Admin\nIANA assigned this well-formed service name as a replacement for "corel_vncadmin".					
2654	u	a	corel_vncadmin	Corel VNC Admin		This entry is an alias to "corel-vncadmin".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2655	t	a	unglue	UNIX Nt Glue					
2655	u	a	unglue	UNIX Nt Glue					
2656	t	a	kana	Kana					
2656	u	a	kana	Kana					
2657	t	a	sns-dispatcher	SNS Dispatcher					
2657	u	a	sns-dispatcher	SNS Dispatcher					
2658	t	a	sns-admin	SNS Admin					
2658	u	a	sns-admin	SNS Admin					
2659	t	a	sns-query	SNS Query					
2659	u	a	sns-query	SNS Query					
2660	t	a	gcmonitor	GC Monitor					
2660	u	a	gcmonitor	GC Monitor					
2661	t	a	olhost	OLHOST					
2661	u	a	olhost	OLHOST					
2662	t	a	bintec-capi	BinTec-CAPI			Unauthorized Use Known on port 2662		
2662	u	a	bintec-capi	BinTec-CAPI			Unauthorized Use Known on port 2662		
2663	t	a	bintec-tapi	BinTec-TAPI					
2663	u	a	bintec-tapi	BinTec-TAPI					
2664	t	a	patrol-mq-gm	Patrol for MQ GM					
2664	u	a	patrol-mq-gm	Patrol for MQ GM					
2665	t	a	patrol-mq-nm	Patrol for MQ NM					
2665	u	a	patrol-mq-nm	Patrol for MQ NM					
2666	t	a	extensis	extensis					
2666	u	a	extensis	extensis					
2667	t	a	alarm-clock-s	Alarm Clock Server					
2667	u	a	alarm-clock-s	Alarm Clock Server					
2668	t	a	alarm-clock-c	Alarm Clock Client					
2668	u	a	alarm-clock-c	Alarm Clock Client					
2669	t	a	toad	TOAD					
2669	u	a	toad	TOAD					
2670	t	a	tve-announce	TVE Announce					
2670	u	a	tve-announce	TVE Announce					
2671	t	a	newlixreg	newlixreg					
2671	u	a	newlixreg	newlixreg					
2672	t	a	nhserver	nhserver					
2672	u	a	nhserver	nhserver					
2673	t	a	firstcall42	First Call 42					
2673	u	a	firstcall42	First Call 42					
2674	t	a	ewnn	ewnn					
2674	u	a	ewnn	ewnn					
2675	t	a	ttc-etap	TTC ETAP					
2675	u	a	ttc-etap	TTC ETAP					
2676	t	a	simslink	SIMSLink					
2676	u	a	simslink	SIMSLink					
2677	t	a	gadgetgate1way	Gadget Gate 1 Way					
2677	u	a	gadgetgate1way	Gadget Gate 1 Way					
2678	t	a	gadgetgate2way	Gadget Gate 2 Way					
2678	u	a	gadgetgate2way	Gadget Gate 2 Way					
2679	t	a	syncserverssl	Sync Server SSL					
2679	u	a	syncserverssl	Sync Server SSL					
2680	t	a	pxc-sapxom	pxc-sapxom					
2680	u	a	pxc-sapxom	pxc-sapxom					
2681	t	a	mpnjsomb	mpnjsomb					
2681	u	a	mpnjsomb	mpnjsomb					
2682	tu	u		Removed					2002-04-30
2683	t	a	ncdloadbalance	NCDLoadBalance					
2683	u	a	ncdloadbalance	NCDLoadBalance					
2684	t	a	mpnjsosv	mpnjsosv					
2684	u	a	mpnjsosv	mpnjsosv					
2685	t	a	mpnjsocl	mpnjsocl					
2685	u	a	mpnjsocl	mpnjsocl					
2686	t	a	mpnjsomg	mpnjsomg					
2686	u	a	mpnjsomg	mpnjsomg					
2687	t	a	pq-lic-mgmt	pq-lic-mgmt					
2687	u	a	pq-lic-mgmt	pq-lic-mgmt					
2688	t	a	md-cg-http	md-cf-http					
2688	u	a	md-cg-http	md-cf-http					
2689	t	a	fastlynx	FastLynx					
2689	u	a	fastlynx	FastLynx					
2690	t	a	hp-nnm-data	HP NNM Embedded Database					
2690	u	a	hp-nnm-data	HP NNM Embedded Database					
2691	t	a	itinternet	ITInternet ISM Server					
2691	u	a	itinternet	ITInternet ISM Server					
2692	t	a	admins-lms	Admins LMS					
2692	u	a	admins-lms	Admins LMS					
2693	t	u		Unassigned		(Removed 2004-2-6)			
2693	u	u		Unassigned		(Removed 2004-2-6)			
2694	t	a	pwrsevent	pwrsevent					
2694	u	a	pwrsevent	pwrsevent					
2695	t	a	vspread	VSPREAD					
2695	u	a	vspread	VSPREAD					
2696	t	a	unifyadmin	Unify Admin					2012-07-31
2696	u	a	unifyadmin	Unify Admin					2012-07-31
2697	t	a	oce-snmp-trap	Oce SNMP Trap Port					
2697	u	a	oce-snmp-trap	Oce SNMP Trap Port					
2698	t	a	mck-ivpip	MCK-IVPIP					
2698	u	a	mck-ivpip	MCK-IVPIP					
2699	t	a	csoft-plusclnt	Csoft Plus Client					
2699	u	a	csoft-plusclnt	Csoft Plus Client					
2700	t	a	tqdata	tqdata					
2700	u	a	tqdata	tqdata					
2701	t	a	sms-rcinfo	SMS RCINFO					
2701	u	a	sms-rcinfo	SMS RCINFO					
2702	t	a	sms-xfer	SMS XFER					
2702	u	a	sms-xfer	SMS XFER					
2703	t	a	sms-chat	SMS CHAT					
2703	u	a	sms-chat	SMS CHAT					
2704	t	a	sms-remctrl	SMS REMCTRL					
2704	u	a	sms-remctrl	SMS REMCTRL					
2705	t	a	sds-admin	SDS Admin					
2705	u	a	sds-admin	SDS Admin					
2706	t	a	ncdmirroring	NCD Mirroring					
2706	u	a	ncdmirroring	NCD Mirroring					
2707	t	a	emcsymapiport	EMCSYMAPIPORT					
2707	u	a	emcsymapiport	EMCSYMAPIPORT					
2708	t	a	banyan-net	Banyan-Net					
2708	u	a	banyan-net	Banyan-Net					
2709	t	a	supermon	Supermon					
2709	u	a	supermon	Supermon					
2710	t	a	sso-service	SSO Service					
2710	u	a	sso-service	SSO Service					
2711	t	a	sso-control	SSO Control					
2711	u	a	sso-control	SSO Control					
2712	t	a	aocp	Axapta Object Communication Protocol					
2712	u	a	aocp	Axapta Object Communication Protocol					
2713	t	a	raventbs	Raven Trinity Broker Service					
2713	u	a	raventbs	Raven Trinity Broker Service					
2714	t	a	raventdm	Raven Trinity Data Mover					
2714	u	a	raventdm	Raven Trinity Data Mover					
2715	t	a	hpstgmgr2	HPSTGMGR2					
2715	u	a	hpstgmgr2	HPSTGMGR2					
2716	t	a	inova-ip-disco	Inova IP Disco					
2716	u	a	inova-ip-disco	Inova IP Disco					
2717	t	a	pn-requester	PN REQUESTER					
2717	u	a	pn-requester	PN REQUESTER					
2718	t	a	pn-requester2	PN REQUESTER 2					
2718	u	a	pn-requester2	PN REQUESTER 2					
2719	t	a	scan-change	Scan & Change					
2719	u	a	scan-change	Scan & Change					
2720	t	a	wkars	wkars					
2720	u	a	wkars	wkars					
2721	t	a	smart-diagnose	Smart Diagnose					
2721	u	a	smart-diagnose	Smart Diagnose					
2722	t	a	proactivesrvr	Proactive Server					
2722	u	a	proactivesrvr	Proactive Server					
2723	t	a	watchdog-nt	WatchDog NT Protocol					2020-07-20
2723	u	a	watchdog-nt	WatchDog NT Protocol					2020-07-20
2724	t	a	qotps	qotps					
2724	u	a	qotps	qotps					
2725	t	a	msolap-ptp2	MSOLAP PTP2					
2725	u	a	msolap-ptp2	MSOLAP PTP2					
2726	t	a	tams	TAMS					
2726	u	a	tams	TAMS					
2727	t	a	mgcp-callagent	Media Gateway Control Protocol Call Agent					
2727	u	a	mgcp-callagent	Media Gateway Control Protocol Call Agent					
2728	t	a	sqdr	SQDR					
2728	u	a	sqdr	SQDR					
2729	t	a	tcim-control	TCIM Control					
2729	u	a	tcim-control	TCIM Control					
2730	t	a	nec-raidplus	NEC RaidPlus					
2730	u	a	nec-raidplus	NEC RaidPlus					
2731	t	a	fyre-messanger	Fyre Messanger					
2731	u	a	fyre-messanger	Fyre Messanger					
2732	t	a	g5m	G5M					
2732	u	a	g5m	G5M					
2733	t	a	signet-ctf	Signet CTF					
2733	u	a	signet-ctf	Signet CTF					
2734	t	a	ccs-software	CCS Software					
2734	u	a	ccs-software	CCS Software					
2735	t	a	netiq-mc	NetIQ Monitor Console				2010-08-25	
2735	u	a	netiq-mc	NetIQ Monitor Console				2010-08-25	
2736	t	a	radwiz-nms-srv	RADWIZ NMS SRV					
2736	u	a	radwiz-nms-srv	RADWIZ NMS SRV					
2737	t	a	srp-feedback	SRP Feedback					
2737	u	a	srp-feedback	SRP Feedback					
2738	t	a	ndl-tcp-ois-gw	NDL TCP-OSI Gateway					
2738	u	a	ndl-tcp-ois-gw	NDL TCP-OSI Gateway					
2739	t	a	tn-timing	TN Timing					
2739	u	a	tn-timing	TN Timing					
2740	t	a	alarm	Alarm					
2740	u	a	alarm	Alarm					
2741	t	a	tsb	TSB					
2741	u	a	tsb	TSB					
2742	t	a	tsb2	TSB2					
2742	u	a	tsb2	TSB2					
2743	t	a	murx	murx					
2743	u	a	murx	murx					
2744	t	a	honyaku	honyaku					
2744	u	a	honyaku	honyaku					
2745	t	a	urbisnet	URBISNET					
2745	u	a	urbisnet	URBISNET					
2746	t	a	cpudpencap	CPUDPENCAP					
2746	u	a	cpudpencap	CPUDPENCAP					
2747	t	a	fjippol-swrly						
2747	u	a	fjippol-swrly						
2748	t	a	fjippol-polsvr						
2748	u	a	fjippol-polsvr						
2749	t	a	fjippol-cnsl						
2749	u	a	fjippol-cnsl						
2750	t	a	fjippol-port1						
2750	u	a	fjippol-port1						
2751	t	a	fjippol-port2						
2751	u	a	fjippol-port2						
2752	t	a	rsisysaccess	RSISYS ACCESS					
2752	u	a	rsisysaccess	RSISYS ACCESS					
2753	t	a	de-spot	de-spot					
2753	u	a	de-spot	de-spot					
2754	t	a	apollo-cc	APOLLO CC					
2754	u	a	apollo-cc	APOLLO CC					
2755	t	a	expresspay	Express Pay					
2755	u	a	expresspay	Express Pay					
2756	t	a	simplement-tie	simplement-tie					
2756	u	a	simplement-tie	simplement-tie					
2757	t	a	cnrp	CNRP					
2757	u	a	cnrp	CNRP					
2758	t	a	apollo-status	APOLLO Status					
2758	u	a	apollo-status	APOLLO Status					
2759	t	a	apollo-gms	APOLLO GMS					
2759	u	a	apollo-gms	APOLLO GMS					
2760	t	a	sabams	Saba MS					
2760	u	a	sabams	Saba MS					
2761	t	a	dicom-iscl	DICOM ISCL					
2761	u	a	dicom-iscl	DICOM ISCL					
2762	t	a	dicom-tls	DICOM TLS					
2762	u	a	dicom-tls	DICOM TLS					
2763	t	a	desktop-dna	Desktop DNA					
2763	u	a	desktop-dna	Desktop DNA					
2764	t	a	data-insurance	Data Insurance					
2764	u	a	data-insurance	Data Insurance					
2765	t	a	qip-audup	qip-audup					
2765	u	a	qip-audup	qip-audup					
2766	t	a	compaq-scp	Compaq SCP					
2766	u	a	compaq-scp	Compaq SCP					
2767	t	a	uadtc	UADTC					
2767	u	a	uadtc	UADTC					
2768	t	a	uacs	UACS					
2768	u	a	uacs	UACS					
2769	t	a	exce	eXcE					
2769	u	a	exce	eXcE					
2770	t	a	veronica	Veronica					
2770	u	a	veronica	Veronica					
2771	t	a	vergencecm	Vergence CM					
2771	u	a	vergencecm	Vergence CM					
2772	t	a	auris	auris					
2772	u	a	auris	auris					
2773	t	a	rbakcup1	RBackup Remote Backup					
2773	u	a	rbakcup1	RBackup Remote Backup					
2774	t	a	rbakcup2	RBackup Remote Backup					
2774	u	a	rbakcup2	RBackup Remote Backup					
2775	t	a	smpp	SMPP					
2775	u	a	smpp	SMPP					
2776	t	a	ridgeway1	Ridgeway Systems & Software					
2776	u	a	ridgeway1	Ridgeway Systems & Software					
2777	t	a	ridgeway2	Ridgeway Systems & Software					
2777	u	a	ridgeway2	Ridgeway Systems & Software					
2778	t	a	gwen-sonya	Gwen-Sonya					
2778	u	a	gwen-sonya	Gwen-Sonya					
2779	t	a	lbc-sync	LBC Sync					
2779	u	a	lbc-sync	LBC Sync					
2780	t	a	lbc-control	LBC Control					
2780	u	a	lbc-control	LBC Control					
2781	t	a	whosells	whosells					
2781	u	a	whosells	whosells					
2782	t	a	everydayrc	everydayrc					
2782	u	a	everydayrc	everydayrc					
2783	t	a	aises	AISES					
2783	u	a	aises	AISES					
2784	t	a	www-dev	world wide web - development					
2784	u	a	www-dev	world wide web - development					
2785	t	a	aic-np	aic-np					
2785	u	a	aic-np	aic-np					
2786	t	a	aic-oncrpc	aic-oncrpc - Destiny MCD database					
2786	u	a	aic-oncrpc	aic-oncrpc - Destiny MCD database					
2787	t	a	piccolo	piccolo - Cornerstone Software					
2787	u	a	piccolo	piccolo - Cornerstone Software					
2788	t	a	fryeserv	NetWare Loadable Module - Seagate Software					
2788	u	a	fryeserv	NetWare Loadable Module - Seagate Software					
2789	t	a	media-agent	Media Agent					
2789	u	a	media-agent	Media Agent					
2790	t	a	plgproxy	PLG Proxy					
2790	u	a	plgproxy	PLG Proxy					
2791	t	a	mtport-regist	MT Port Registrator					
2791	u	a	mtport-regist	MT Port Registrator					
2792	t	a	f5-globalsite	f5-globalsite					
2792	u	a	f5-globalsite	f5-globalsite					
2793	t	a	initlsmsad	initlsmsad					
2793	u	a	initlsmsad	initlsmsad					
2794	t	a	urp	Uniform Resource Platform				2024-11-26	
2794	u	a	urp	Uniform Resource Platform				2024-11-26	
2795	t	a	livestats	LiveStats					
2795	u	a	livestats	LiveStats					
2796	t	a	ac-tech	ac-tech					
2796	u	a	ac-tech	ac-tech					
2797	t	a	esp-encap	esp-encap					
2797	u	a	esp-encap	esp-encap					
2798	t	a	tmesis-upshot	TMESIS-UPShot					
2798	u	a	tmesis-upshot	TMESIS-UPShot					
2799	t	a	icon-discover	ICON Discover					
2799	u	a	icon-discover	ICON Discover					
2800	t	a	acc-raid	ACC RAID					
2800	u	a	acc-raid	ACC RAID					
2801	t	a	igcp	IGCP					
2801	u	a	igcp	IGCP					
2802	t	a	veritas-tcp1	Veritas TCP1					
2802	u	a	veritas-udp1	Veritas UDP1					
2803	t	a	btprjctrl	btprjctrl					
2803	u	a	btprjctrl	btprjctrl					
2804	t	a	dvr-esm	March Networks Digital Video Recorders and Enterprise Service Manager products				2004-06	
2804	u	a	dvr-esm	March Networks Digital Video Recorders and Enterprise Service Manager products				2004-06	
2805	t	a	wta-wsp-s	WTA WSP-S					
2805	u	a	wta-wsp-s	WTA WSP-S					
2806	t	a	cspuni	cspuni					
2806	u	a	cspuni	cspuni					
2807	t	a	cspmulti	cspmulti					
2807	u	a	cspmulti	cspmulti					
2808	t	a	j-lan-p	J-LAN-P					
2808	u	a	j-lan-p	J-LAN-P					
2809	t	a	corbaloc	CORBA LOC					
2809	u	a	corbaloc	CORBA LOC					
2810	t	a	netsteward	Active Net Steward					
2810	u	a	netsteward	Active Net Steward					
2811	t	a	gsiftp	GSI FTP					
2811	u	a	gsiftp	GSI FTP					
2812	t	a	atmtcp	atmtcp					
2812	u	a	atmtcp	atmtcp					
2813	t	a	llm-pass	llm-pass					2020-07-20
2813	u	a	llm-pass	llm-pass					2020-07-20
2814	t	a	llm-csv	llm-csv					2020-07-20
2814	u	a	llm-csv	llm-csv					2020-07-20
2815	t	a	lbc-measure	LBC Measurement					
2815	u	a	lbc-measure	LBC Measurement					
2816	t	a	lbc-watchdog	LBC Watchdog					
2816	u	a	lbc-watchdog	LBC Watchdog					
2817	t	a	nmsigport	NMSig Port					
2817	u	a	nmsigport	NMSig Port					
2818	t	a	rmlnk	rmlnk					
2818	u	a	rmlnk	rmlnk					
2819	t	a	fc-faultnotify	FC Fault Notification					
2819	u	a	fc-faultnotify	FC Fault Notification					
2820	t	a	univision	UniVision					
2820	u	a	univision	UniVision					
2821	t	a	vrts-at-port	VERITAS Authentication Service					
2821	u	a	vrts-at-port	VERITAS Authentication Service					
2822	t	a	ka0wuc	ka0wuc					
2822	u	a	ka0wuc	ka0wuc					
2823	t	a	cqg-netlan	CQG Net/LAN					
2823	u	a	cqg-netlan	CQG Net/LAN					
2824	t	a	cqg-netlan-1	CQG Net/LAN 1					
2824	u	a	cqg-netlan-1	CQG Net/Lan 1					
2825	tu	u		(unassigned) Possibly assigned					
2826	t	a	slc-systemlog	slc systemlog					
2826	u	a	slc-systemlog	slc systemlog					
2827	t	a	slc-ctrlrloops	slc ctrlrloops					
2827	u	a	slc-ctrlrloops	slc ctrlrloops					
2828	t	a	itm-lm	ITM License Manager					
2828	u	a	itm-lm	ITM License Manager					
2829	t	a	silkp1	silkp1					
2829	u	a	silkp1	silkp1					
2830	t	a	silkp2	silkp2					
2830	u	a	silkp2	silkp2					
2831	t	a	silkp3	silkp3					
2831	u	a	silkp3	silkp3					
2832	t	a	silkp4	silkp4					
2832	u	a	silkp4	silkp4					
2833	t	a	glishd	glishd					
2833	u	a	glishd	glishd					
2834	t	a	evtp	EVTP					
2834	u	a	evtp	EVTP					
2835	t	a	evtp-data	EVTP-DATA					
2835	u	a	evtp-data	EVTP-DATA					
2836	t	a	catalyst	catalyst					
2836	u	a	catalyst	catalyst					
2837	t	a	repliweb	Repliweb					
2837	u	a	repliweb	Repliweb					
2838	t	a	starbot	Starbot					
2838	u	a	starbot	Starbot					
2839	t	a	nmsigport	NMSigPort					
2839	u	a	nmsigport	NMSigPort					
2840	t	a	l3-exprt	l3-exprt					
2840	u	a	l3-exprt	l3-exprt					
2841	t	a	l3-ranger	l3-ranger					
2841	u	a	l3-ranger	l3-ranger					
2842	t	a	l3-hawk	l3-hawk					
2842	u	a	l3-hawk	l3-hawk					
2843	t	a	pdnet	PDnet					
2843	u	a	pdnet	PDnet					
2844	t	a	bpcp-poll	BPCP POLL					
2844	u	a	bpcp-poll	BPCP POLL					
2845	t	a	bpcp-trap	BPCP TRAP					
2845	u	a	bpcp-trap	BPCP TRAP					
2846	t	a	aimpp-hello	AIMPP Hello					
2846	u	a	aimpp-hello	AIMPP Hello					
2847	t	a	aimpp-port-req	AIMPP Port Req					
2847	u	a	aimpp-port-req	AIMPP Port Req					
2848	t	a	amt-blc-port	AMT-BLC-PORT					
2848	u	a	amt-blc-port	AMT-BLC-PORT					
2849	t	a	fxp	FXP					
2849	u	a	fxp	FXP					
2850	t	a	metaconsole	MetaConsole					
2850	u	a	metaconsole	MetaConsole					
2851	t	a	webemshttp	webemshttp					
2851	u	a	webemshttp	webemshttp					
2852	t	a	bears-01	bears-01					
2852	u	a	bears-01	bears-01					
2853	t	a	ispipes	ISPipes					
2853	u	a	ispipes	ISPipes					
2854	t	a	infomover	InfoMover					
2854	u	a	infomover	InfoMover					
2855	t	a	msrp	MSRP over TCP	RFC4976				2014-04-09
2855	u	r		Reserved					2014-04-09
2856	t	a	cesdinv	cesdinv					
2856	u	a	cesdinv	cesdinv					
2857	t	a	simctlp	SimCtIP					
2857	u	a	simctlp	SimCtIP					
2858	t	a	ecnp	ECNP					
2858	u	a	ecnp	ECNP					
2859	t	a	activememory	Active Memory					
2859	u	a	activememory	Active Memory					
2860	t	a	dialpad-voice1	Dialpad Voice 1					
2860	u	a	dialpad-voice1	Dialpad Voice 1					
2861	t	a	dialpad-voice2	Dialpad Voice 2					
2861	u	a	dialpad-voice2	Dialpad Voice 2					
2862	t	a	ttg-protocol	TTG Protocol					
2862	u	a	ttg-protocol	TTG Protocol					
2863	t	a	sonardata	Sonar Data					
2863	u	a	sonardata	Sonar Data					
2864	t	a	astronova-main	main 5001 cmd					2020-03-03
2864	u	a	astronova-main	main 5001 cmd					2020-03-03
2865	t	a	pit-vpn	pit-vpn					
2865	u	a	pit-vpn	pit-vpn					
2866	t	a	iwlistener	iwlistener					
2866	u	a	iwlistener	iwlistener					
2867	t	a	esps-portal	esps-portal					
2867	u	a	esps-portal	esps-portal					
2868	t	a	npep-messaging	Norman Proprietaqry Events Protocol					2015-05-20
2868	u	a	npep-messaging	Norman Proprietaqry Events Protocol					2015-05-20
2869	t	a	icslap	ICSLAP					
2869	u	a	icslap	ICSLAP					
2870	t	a	daishi	daishi					
2870	u	a	daishi	daishi					
2871	t	a	msi-selectplay	MSI Select Play					
2871	u	a	msi-selectplay	MSI Select Play					
2872	t	a	radix	RADIX					2011-07-06
2872	u	a	radix	RADIX					2011-07-06
2873	t	a	psrt	PubSub Realtime Telemetry Protocol				2021-11-12	
2873	u	a	psrt	PubSub Realtime Telemetry Protocol				2021-11-12	
2874	t	a	dxmessagebase1	DX Message Base Transport Protocol					
2874	u	a	dxmessagebase1	DX Message Base Transport Protocol					
2875	t	a	dxmessagebase2	DX Message Base Transport Protocol				2009-01-13	
2875	u	a	dxmessagebase2	DX Message Base Transport Protocol				2009-01-13	
2876	t	a	sps-tunnel	SPS Tunnel					
2876	u	a	sps-tunnel	SPS Tunnel					
2877	t	a	bluelance	BLUELANCE					
2877	u	a	bluelance	BLUELANCE					
2878	t	a	aap	AAP					
2878	u	a	aap	AAP					
2879	t	a	ucentric-ds	ucentric-ds					
2879	u	a	ucentric-ds	ucentric-ds					
2880	t	a	synapse	Synapse Transport					
2880	u	a	synapse	Synapse Transport					
2881	t	a	ndsp	NDSP					
2881	u	a	ndsp	NDSP					
2882	t	a	ndtp	NDTP					
2882	u	a	ndtp	NDTP					
2883	t	a	ndnp	NDNP					
2883	u	a	ndnp	NDNP					
2884	t	a	flashmsg	Flash Msg					
2884	u	a	flashmsg	Flash Msg					
2885	t	a	topflow	TopFlow					
2885	u	a	topflow	TopFlow					
2886	t	a	responselogic	RESPONSELOGIC					
2886	u	a	responselogic	RESPONSELOGIC					
2887	t	a	aironetddp	aironet					
2887	u	a	aironetddp	aironet					
2888	t	a	spcsdlobby	SPCSDLOBBY					
2888	u	a	spcsdlobby	SPCSDLOBBY					
2889	t	a	rsom	RSOM					
2889	u	a	rsom	RSOM					
2890	t	a	cspclmulti	CSPCLMULTI					
2890	u	a	cspclmulti	CSPCLMULTI					
2891	t	a	cinegrfx-elmd	CINEGRFX-ELMD License Manager					
2891	u	a	cinegrfx-elmd	CINEGRFX-ELMD License Manager					
2892	t	a	snifferdata	SNIFFERDATA					
2892	u	a	snifferdata	SNIFFERDATA					
2893	t	a	vseconnector	VSECONNECTOR					
2893	u	a	vseconnector	VSECONNECTOR					
2894	t	a	abacus-remote	ABACUS-REMOTE					
2894	u	a	abacus-remote	ABACUS-REMOTE					
2895	t	a	natuslink	NATUS LINK					
2895	u	a	natuslink	NATUS LINK					
2896	t	a	ecovisiong6-1	ECOVISIONG6-1					
2896	u	a	ecovisiong6-1	ECOVISIONG6-1					
2897	t	a	citrix-rtmp	Citrix RTMP					
2897	u	a	citrix-rtmp	Citrix RTMP					
2898	t	a	appliance-cfg	APPLIANCE-CFG					
2898	u	a	appliance-cfg	APPLIANCE-CFG					
2899	t	a	powergemplus	POWERGEMPLUS					
2899	u	a	powergemplus	POWERGEMPLUS					
2900	t	a	quicksuite	QUICKSUITE					
2900	u	a	quicksuite	QUICKSUITE					
2901	t	a	allstorcns	ALLSTORCNS					
2901	u	a	allstorcns	ALLSTORCNS					
2902	t	a	netaspi	NET ASPI					
2902	u	a	netaspi	NET ASPI					
2903	t	a	suitcase	SUITCASE					
2903	u	a	suitcase	SUITCASE					
2904	t	a	m2ua	M2UA					
2904	u	a	m2ua	M2UA					
2904	s	a	m2ua	M2UA					
2905	t	a	m3ua	M3UA	RFC4666				
2905	u	u		De-registered				2001-06-07	
2905	s	a	m3ua	M3UA	RFC4666				
2906	t	a	caller9	CALLER9					
2906	u	a	caller9	CALLER9					
2907	t	a	webmethods-b2b	WEBMETHODS B2B					
2907	u	a	webmethods-b2b	WEBMETHODS B2B					
2908	t	a	mao	mao					
2908	u	a	mao	mao					
2909	t	a	funk-dialout	Funk Dialout					
2909	u	a	funk-dialout	Funk Dialout					
2910	t	a	tdaccess	TDAccess					
2910	u	a	tdaccess	TDAccess					
2911	t	a	blockade	Blockade					
2911	u	a	blockade	Blockade					
2912	t	a	epicon	Epicon					
2912	u	a	epicon	Epicon					
2913	t	a	boosterware	Booster Ware					
2913	u	a	boosterware	Booster Ware					
2914	t	a	gamelobby	Game Lobby					
2914	u	a	gamelobby	Game Lobby					
2915	t	a	tksocket	TK Socket				2011-03-02	
2915	u	a	tksocket	TK Socket				2011-03-02	
2916	t	a	elvin-server	Elvin Server\nIANA assigned this well-formed service name as a replacement for "elvin_server".					
2916	t	a	elvin_server	Elvin Server		This entry is an alias to "elvin-server".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2916	u	a	elvin-server	Elvin Server\nIANA assigned this well-formed service name as a replacement for "elvin_server".					
2916	u	a	elvin_server	Elvin Server		This entry is an alias to "elvin-server".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2917	t	a	elvin-client	Elvin Client\nIANA assigned this well-formed service name as a replacement for "elvin_client".					
2917	t	a	elvin_client	Elvin Client		This entry is an alias to "elvin-client".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2917	u	a	elvin-client	Elvin Client\nIANA assigned this well-formed service name as a replacement for "elvin_client".					
2917	u	a	elvin_client	Elvin Client		This entry is an alias to "elvin-client".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
2918	t	a	kastenchasepad	Kasten Chase Pad					
2918	u	a	kastenchasepad	Kasten Chase Pad					
2919	t	a	roboer	roboER					
2919	u	a	roboer	roboER					
2920	t	a	roboeda	roboEDA					
2920	u	a	roboeda	roboEDA					
2921	t	a	cesdcdman	CESD Contents Delivery Management					
2921	u	a	cesdcdman	CESD Contents Delivery Management					
2922	t	a	cesdcdtrn	CESD Contents Delivery Data Transfer					
2922	u	a	cesdcdtrn	CESD Contents Delivery Data Transfer					
2923	t	a	wta-wsp-wtp-s	WTA-WSP-WTP-S					
2923	u	a	wta-wsp-wtp-s	WTA-WSP-WTP-S					
2924	t	a	precise-vip	PRECISE-VIP					
2924	u	a	precise-vip	PRECISE-VIP					
2925	tu	u		Unassigned (FRP-Released 12/7/00)					
2926	t	a	mobile-file-dl	MOBILE-FILE-DL					
2926	u	a	mobile-file-dl	MOBILE-FILE-DL					
2927	t	a	unimobilectrl	UNIMOBILECTRL					
2927	u	a	unimobilectrl	UNIMOBILECTRL					
2928	t	a	redstone-cpss	REDSTONE-CPSS					
2928	u	a	redstone-cpss	REDSTONE-CPSS					
2929	t	a	amx-webadmin	AMX-WEBADMIN					
2929	u	a	amx-webadmin	AMX-WEBADMIN					
2930	t	a	amx-weblinx	AMX-WEBLINX					
2930	u	a	amx-weblinx	AMX-WEBLINX					
2931	t	a	circle-x	Circle-X					
2931	u	a	circle-x	Circle-X					
2932	t	a	incp	INCP					
2932	u	a	incp	INCP					
2933	t	a	4-tieropmgw	4-TIER OPM GW					
2933	u	a	4-tieropmgw	4-TIER OPM GW					
2934	t	a	4-tieropmcli	4-TIER OPM CLI					
2934	u	a	4-tieropmcli	4-TIER OPM CLI					
2935	t	a	qtp	QTP					
2935	u	a	qtp	QTP					
2936	t	a	otpatch	OTPatch					
2936	u	a	otpatch	OTPatch					
2937	t	a	pnaconsult-lm	PNACONSULT-LM					
2937	u	a	pnaconsult-lm	PNACONSULT-LM					
2938	t	a	sm-pas-1	SM-PAS-1					
2938	u	a	sm-pas-1	SM-PAS-1					
2939	t	a	sm-pas-2	SM-PAS-2					
2939	u	a	sm-pas-2	SM-PAS-2					
2940	t	a	sm-pas-3	SM-PAS-3					
2940	u	a	sm-pas-3	SM-PAS-3					
2941	t	a	sm-pas-4	SM-PAS-4					
2941	u	a	sm-pas-4	SM-PAS-4					
2942	t	a	sm-pas-5	SM-PAS-5					
2942	u	a	sm-pas-5	SM-PAS-5					
2943	t	a	ttnrepository	TTNRepository					
2943	u	a	ttnrepository	TTNRepository					
2944	t	a	megaco-h248	Megaco H-248					
2944	u	a	megaco-h248	Megaco H-248					
2944	s	a	megaco-h248	Megaco-H.248 text				2006-09	
2945	t	a	h248-binary	H248 Binary					
2945	u	a	h248-binary	H248 Binary					
2945	s	a	h248-binary	Megaco/H.248 binary				2006-09	
2946	t	a	fjsvmpor	FJSVmpor					
2946	u	a	fjsvmpor	FJSVmpor					
2947	t	a	gpsd	GPS Daemon request/response protocol					2010-04-19
2947	u	a	gpsd	GPS Daemon request/response protocol					2010-04-19
2948	t	a	wap-push	WAP PUSH					
2948	u	a	wap-push	WAP PUSH					
2949	t	a	wap-pushsecure	WAP PUSH SECURE					
2949	u	a	wap-pushsecure	WAP PUSH SECURE					
2950	t	a	esip	ESIP					
2950	u	a	esip	ESIP					
2951	t	a	ottp	OTTP					
2951	u	a	ottp	OTTP					
2952	t	a	mpfwsas	MPFWSAS					
2952	u	a	mpfwsas	MPFWSAS					
2953	t	a	ovalarmsrv	OVALARMSRV					
2953	u	a	ovalarmsrv	OVALARMSRV					
2954	t	a	ovalarmsrv-cmd	OVALARMSRV-CMD					
2954	u	a	ovalarmsrv-cmd	OVALARMSRV-CMD					
2955	t	a	csnotify	CSNOTIFY					
2955	u	a	csnotify	CSNOTIFY					
2956	t	a	ovrimosdbman	OVRIMOSDBMAN					
2956	u	a	ovrimosdbman	OVRIMOSDBMAN					
2957	t	a	jmact5	JAMCT5					
2957	u	a	jmact5	JAMCT5					
2958	t	a	jmact6	JAMCT6					
2958	u	a	jmact6	JAMCT6					
2959	t	a	rmopagt	RMOPAGT					
2959	u	a	rmopagt	RMOPAGT					
2960	t	a	dfoxserver	DFOXSERVER					
2960	u	a	dfoxserver	DFOXSERVER					
2961	t	a	boldsoft-lm	BOLDSOFT-LM					
2961	u	a	boldsoft-lm	BOLDSOFT-LM					
2962	t	a	iph-policy-cli	IPH-POLICY-CLI					
2962	u	a	iph-policy-cli	IPH-POLICY-CLI					
2963	t	a	iph-policy-adm	IPH-POLICY-ADM					
2963	u	a	iph-policy-adm	IPH-POLICY-ADM					
2964	t	a	bullant-srap	BULLANT SRAP					
2964	u	a	bullant-srap	BULLANT SRAP					
2965	t	a	bullant-rap	BULLANT RAP					
2965	u	a	bullant-rap	BULLANT RAP					
2966	t	a	idp-infotrieve	IDP-INFOTRIEVE					
2966	u	a	idp-infotrieve	IDP-INFOTRIEVE					
2967	t	a	ssc-agent	SSC-AGENT					
2967	u	a	ssc-agent	SSC-AGENT					
2968	t	a	enpp	ENPP					
2968	u	a	enpp	ENPP					
2969	t	a	essp	ESSP					
2969	u	a	essp	ESSP					
2970	t	a	index-net	INDEX-NET					
2970	u	a	index-net	INDEX-NET					
2971	t	a	netclip	NetClip clipboard daemon					
2971	u	a	netclip	NetClip clipboard daemon					
2972	t	a	pmsm-webrctl	PMSM Webrctl					
2972	u	a	pmsm-webrctl	PMSM Webrctl					
2973	t	a	svnetworks	SV Networks					
2973	u	a	svnetworks	SV Networks					
2974	t	a	signal	Signal					
2974	u	a	signal	Signal					
2975	t	a	fjmpcm	Fujitsu Configuration Management Service					
2975	u	a	fjmpcm	Fujitsu Configuration Management Service					
2976	t	a	cns-srv-port	CNS Server Port					
2976	u	a	cns-srv-port	CNS Server Port					
2977	t	a	ttc-etap-ns	TTCs Enterprise Test Access Protocol - NS					
2977	u	a	ttc-etap-ns	TTCs Enterprise Test Access Protocol - NS					
2978	t	a	ttc-etap-ds	TTCs Enterprise Test Access Protocol - DS					
2978	u	a	ttc-etap-ds	TTCs Enterprise Test Access Protocol - DS					
2979	t	a	h263-video	H.263 Video Streaming					
2979	u	a	h263-video	H.263 Video Streaming					
2980	t	a	wimd	Instant Messaging Service					
2980	u	a	wimd	Instant Messaging Service					
2981	t	a	mylxamport	MYLXAMPORT					
2981	u	a	mylxamport	MYLXAMPORT					
2982	t	a	iwb-whiteboard	IWB-WHITEBOARD					
2982	u	a	iwb-whiteboard	IWB-WHITEBOARD					
2983	t	a	netplan	NETPLAN					
2983	u	a	netplan	NETPLAN					
2984	t	a	hpidsadmin	HPIDSADMIN					
2984	u	a	hpidsadmin	HPIDSADMIN					
2985	t	a	hpidsagent	HPIDSAGENT					
2985	u	a	hpidsagent	HPIDSAGENT					
2986	t	a	stonefalls	STONEFALLS					
2986	u	a	stonefalls	STONEFALLS					
2987	t	a	identify	identify					
2987	u	a	identify	identify					
2988	t	a	hippad	HIPPA Reporting Protocol					
2988	u	a	hippad	HIPPA Reporting Protocol					
2989	t	a	zarkov	ZARKOV Intelligent Agent Communication					2014-02-17
2989	u	a	zarkov	ZARKOV Intelligent Agent Communication					2014-02-17
2990	t	a	boscap	BOSCAP					
2990	u	a	boscap	BOSCAP					
2991	t	a	wkstn-mon	WKSTN-MON					
2991	u	a	wkstn-mon	WKSTN-MON					
2992	t	a	avenyo	Avenyo Server					
2992	u	a	avenyo	Avenyo Server					
2993	t	a	veritas-vis1	VERITAS VIS1					
2993	u	a	veritas-vis1	VERITAS VIS1					
2994	t	a	veritas-vis2	VERITAS VIS2					
2994	u	a	veritas-vis2	VERITAS VIS2					
2995	t	a	idrs	IDRS					
2995	u	a	idrs	IDRS					
2996	t	a	vsixml	vsixml					
2996	u	a	vsixml	vsixml					
2997	t	a	rebol	REBOL					
2997	u	a	rebol	REBOL					
2998	t	a	realsecure	Real Secure					
2998	u	a	realsecure	Real Secure					
2999	t	a	remoteware-un	RemoteWare Unassigned					
2999	u	a	remoteware-un	RemoteWare Unassigned					
3000	t	a	hbci	HBCI					
3000	u	a	hbci	HBCI					
3000	t	a	remoteware-cl	RemoteWare Client		This entry records an unassigned but widespread use			
3000	u	a	remoteware-cl	RemoteWare Client		This entry records an unassigned but widespread use			
3001	t	a	origo-native	OrigoDB Server Native Interface		port 3001 previously "Removed on 2006-05-25"			2013-03-29
3001	u	r		Reserved		port 3001 previously "Removed on 2006-05-25"			2013-03-29
3002	t	a	exlm-agent	EXLM Agent					
3002	u	a	exlm-agent	EXLM Agent					
3002	t	a	remoteware-srv	RemoteWare Server		This entry records an unassigned but widespread use			
3002	u	a	remoteware-srv	RemoteWare Server		This entry records an unassigned but widespread use			
3003	t	a	cgms	CGMS				2011-02-02	
3003	u	a	cgms	CGMS				2011-02-02	
3004	t	a	csoftragent	Csoft Agent					
3004	u	a	csoftragent	Csoft Agent					
3005	t	a	geniuslm	Genius License Manager					
3005	u	a	geniuslm	Genius License Manager					
3006	t	a	ii-admin	Instant Internet Admin					2019-12-19
3006	u	a	ii-admin	Instant Internet Admin					2019-12-19
3007	t	a	lotusmtap	Lotus Mail Tracking Agent Protocol					
3007	u	a	lotusmtap	Lotus Mail Tracking Agent Protocol					
3008	t	a	midnight-tech	Midnight Technologies					
3008	u	a	midnight-tech	Midnight Technologies					
3009	t	a	pxc-ntfy	PXC-NTFY					
3009	u	a	pxc-ntfy	PXC-NTFY					
3010	t	a	gw	Telerate Workstation					
3010	u	a	ping-pong	Telerate Workstation					
3011	t	a	trusted-web	Trusted Web					
3011	u	a	trusted-web	Trusted Web					
3012	t	a	twsdss	Trusted Web Client					
3012	u	a	twsdss	Trusted Web Client					
3013	t	a	gilatskysurfer	Gilat Sky Surfer					
3013	u	a	gilatskysurfer	Gilat Sky Surfer					
3014	t	a	broker-service	Broker Service\nIANA assigned this well-formed service name as a replacement for "broker_service".					
3014	t	a	broker_service	Broker Service		This entry is an alias to "broker-service".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3014	u	a	broker-service	Broker Service\nIANA assigned this well-formed service name as a replacement for "broker_service".					
3014	u	a	broker_service	Broker Service		This entry is an alias to "broker-service".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3015	t	a	nati-dstp	NATI DSTP					
3015	u	a	nati-dstp	NATI DSTP					
3016	t	a	notify-srvr	Notify Server\nIANA assigned this well-formed service name as a replacement for "notify_srvr".					
3016	t	a	notify_srvr	Notify Server		This entry is an alias to "notify-srvr".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3016	u	a	notify-srvr	Notify Server\nIANA assigned this well-formed service name as a replacement for "notify_srvr".					
3016	u	a	notify_srvr	Notify Server		This entry is an alias to "notify-srvr".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3017	t	a	event-listener	Event Listener\nIANA assigned this well-formed service name as a replacement for "event_listener".					
3017	t	a	event_listener	Event Listener		This entry is an alias to "event-listener".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3017	u	a	event-listener	Event Listener\nIANA assigned this well-formed service name as a replacement for "event_listener".					
3017	u	a	event_listener	Event Listener		This entry is an alias to "event-listener".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3018	t	a	srvc-registry	Service Registry\nIANA assigned this well-formed service name as a replacement for "srvc_registry".					
3018	t	a	srvc_registry	Service Registry		This entry is an alias to "srvc-registry".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3018	u	a	srvc-registry	Service Registry\nIANA assigned this well-formed service name as a replacement for "srvc_registry".					
3018	u	a	srvc_registry	Service Registry		This entry is an alias to "srvc-registry".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3019	t	a	resource-mgr	Resource Manager\nIANA assigned this well-formed service name as a replacement for "resource_mgr".					
3019	t	a	resource_mgr	Resource Manager		This entry is an alias to "resource-mgr".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3019	u	a	resource-mgr	Resource Manager\nIANA assigned this well-formed service name as a replacement for "resource_mgr".					
3019	u	a	resource_mgr	Resource Manager		This entry is an alias to "resource-mgr".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3020	t	a	cifs	CIFS					
3020	u	a	cifs	CIFS					
3021	t	a	agriserver	AGRI Server					
3021	u	a	agriserver	AGRI Server					
3022	t	a	csregagent	CSREGAGENT					
3022	u	a	csregagent	CSREGAGENT					
3023	t	a	magicnotes	magicnotes					
3023	u	a	magicnotes	magicnotes					
3024	t	a	nds-sso	NDS_SSO\nIANA assigned this well-formed service name as a replacement for "nds_sso".					
3024	t	a	nds_sso	NDS_SSO		This entry is an alias to "nds-sso".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3024	u	a	nds-sso	NDS_SSO\nIANA assigned this well-formed service name as a replacement for "nds_sso".					
3024	u	a	nds_sso	NDS_SSO		This entry is an alias to "nds-sso".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3025	t	a	arepa-raft	Arepa Raft					
3025	u	a	arepa-raft	Arepa Raft					
3026	t	a	agri-gateway	AGRI Gateway					
3026	u	a	agri-gateway	AGRI Gateway					
3027	t	a	LiebDevMgmt-C	LiebDevMgmt_C\nIANA assigned this well-formed service name as a replacement for "LiebDevMgmt_C".					
3027	t	a	LiebDevMgmt_C	LiebDevMgmt_C		This entry is an alias to "LiebDevMgmt-C".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3027	u	a	LiebDevMgmt-C	LiebDevMgmt_C\nIANA assigned this well-formed service name as a replacement for "LiebDevMgmt_C".					
3027	u	a	LiebDevMgmt_C	LiebDevMgmt_C		This entry is an alias to "LiebDevMgmt-C".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3028	t	a	LiebDevMgmt-DM	LiebDevMgmt_DM\nIANA assigned this well-formed service name as a replacement for "LiebDevMgmt_DM".					
3028	t	a	LiebDevMgmt_DM	LiebDevMgmt_DM		This entry is an alias to "LiebDevMgmt-DM".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3028	u	a	LiebDevMgmt-DM	LiebDevMgmt_DM\nIANA assigned this well-formed service name as a replacement for "LiebDevMgmt_DM".					
3028	u	a	LiebDevMgmt_DM	LiebDevMgmt_DM		This entry is an alias to "LiebDevMgmt-DM".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3029	t	a	LiebDevMgmt-A	LiebDevMgmt_A\nIANA assigned this well-formed service name as a replacement for "LiebDevMgmt_A".					
3029	t	a	LiebDevMgmt_A	LiebDevMgmt_A		This entry is an alias to "LiebDevMgmt-A".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3029	u	a	LiebDevMgmt-A	LiebDevMgmt_A\nIANA assigned this well-formed service name as a replacement for "LiebDevMgmt_A".					
3029	u	a	LiebDevMgmt_A	LiebDevMgmt_A		This entry is an alias to "LiebDevMgmt-A".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3030	t	a	arepa-cas	Arepa Cas					
3030	u	a	arepa-cas	Arepa Cas					
3031	t	a	eppc	Remote AppleEvents/PPC Toolbox					
3031	u	a	eppc	Remote AppleEvents/PPC Toolbox					
3032	t	a	redwood-chat	Redwood Chat					
3032	u	a	redwood-chat	Redwood Chat					
3033	t	a	pdb	PDB					
3033	u	a	pdb	PDB					
3034	t	a	osmosis-aeea	Osmosis / Helix (R) AEEA Port					
3034	u	a	osmosis-aeea	Osmosis / Helix (R) AEEA Port					
3035	t	a	fjsv-gssagt	FJSV gssagt					
3035	u	a	fjsv-gssagt	FJSV gssagt					
3036	t	a	hagel-dump	Hagel DUMP					
3036	u	a	hagel-dump	Hagel DUMP					
3037	t	a	hp-san-mgmt	HP SAN Mgmt					
3037	u	a	hp-san-mgmt	HP SAN Mgmt					
3038	t	a	santak-ups	Santak UPS					
3038	u	a	santak-ups	Santak UPS					
3039	t	a	cogitate	Cogitate, Inc.					
3039	u	a	cogitate	Cogitate, Inc.					
3040	t	a	tomato-springs	Tomato Springs					
3040	u	a	tomato-springs	Tomato Springs					
3041	t	a	di-traceware	di-traceware					
3041	u	a	di-traceware	di-traceware					
3042	t	a	journee	journee					
3042	u	a	journee	journee					
3043	t	a	brp	Broadcast Routing Protocol					
3043	u	a	brp	Broadcast Routing Protocol					
3044	t	a	epp	EndPoint Protocol					
3044	u	a	epp	EndPoint Protocol					
3045	t	a	responsenet	ResponseNet					
3045	u	a	responsenet	ResponseNet					
3046	t	a	di-ase	di-ase					
3046	u	a	di-ase	di-ase					
3047	t	a	hlserver	Fast Security HL Server					2014-07-02
3047	u	a	hlserver	Fast Security HL Server					2014-07-02
3048	t	a	pctrader	Sierra Net PC Trader					
3048	u	a	pctrader	Sierra Net PC Trader					
3049	t	a	nsws	NSWS					
3049	u	a	nsws	NSWS					
3050	t	a	gds-db	gds_db\nIANA assigned this well-formed service name as a replacement for "gds_db".					
3050	t	a	gds_db	gds_db		This entry is an alias to "gds-db".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3050	u	a	gds-db	gds_db\nIANA assigned this well-formed service name as a replacement for "gds_db".					
3050	u	a	gds_db	gds_db		This entry is an alias to "gds-db".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3051	t	a	galaxy-server	Galaxy Server					
3051	u	a	galaxy-server	Galaxy Server					
3052	t	a	apc-3052	APC 3052					
3052	u	a	apc-3052	APC 3052					
3053	t	a	dsom-server	dsom-server					
3053	u	a	dsom-server	dsom-server					
3054	t	a	amt-cnf-prot	AMT CNF PROT					
3054	u	a	amt-cnf-prot	AMT CNF PROT					
3055	t	a	policyserver	Policy Server					
3055	u	a	policyserver	Policy Server					
3056	t	a	cdl-server	CDL Server					
3056	u	a	cdl-server	CDL Server					
3057	t	a	goahead-fldup	GoAhead FldUp					
3057	u	a	goahead-fldup	GoAhead FldUp					
3058	t	a	videobeans	videobeans					
3058	u	a	videobeans	videobeans					
3059	t	a	qsoft	qsoft					
3059	u	a	qsoft	qsoft					
3060	t	a	interserver	interserver			Known Unauthorized Use on port 3060		
3060	u	a	interserver	interserver			Known Unauthorized Use on port 3060		
3061	t	a	cautcpd	cautcpd					
3061	u	a	cautcpd	cautcpd					
3062	t	a	ncacn-ip-tcp	ncacn-ip-tcp					
3062	u	a	ncacn-ip-tcp	ncacn-ip-tcp					
3063	t	a	ncadg-ip-udp	ncadg-ip-udp					
3063	u	a	ncadg-ip-udp	ncadg-ip-udp					
3064	t	a	rprt	Remote Port Redirector					
3064	u	a	rprt	Remote Port Redirector					
3065	t	a	slinterbase	slinterbase					
3065	u	a	slinterbase	slinterbase					
3066	t	a	netattachsdmp	NETATTACHSDMP					
3066	u	a	netattachsdmp	NETATTACHSDMP					
3067	t	a	fjhpjp	FJHPJP					
3067	u	a	fjhpjp	FJHPJP					
3068	t	a	ls3bcast	ls3 Broadcast					
3068	u	a	ls3bcast	ls3 Broadcast					
3069	t	a	ls3	ls3					
3069	u	a	ls3	ls3					
3070	t	a	mgxswitch	MGXSWITCH					
3070	u	a	mgxswitch	MGXSWITCH					
3071	t	a	xplat-replicate	Crossplatform replication protocol					2017-08-24
3071	u	r		Reserved					2017-08-24
3072	t	a	csd-monitor	ContinuStor Monitor Port					2014-07-18
3072	u	a	csd-monitor	ContinuStor Monitor Port					2014-07-18
3073	t	a	vcrp	Very simple chatroom prot					
3073	u	a	vcrp	Very simple chatroom prot					
3074	t	a	xbox	Xbox game port					
3074	u	a	xbox	Xbox game port					
3075	t	a	orbix-locator	Orbix 2000 Locator					
3075	u	a	orbix-locator	Orbix 2000 Locator					
3076	t	a	orbix-config	Orbix 2000 Config					
3076	u	a	orbix-config	Orbix 2000 Config					
3077	t	a	orbix-loc-ssl	Orbix 2000 Locator SSL					
3077	u	a	orbix-loc-ssl	Orbix 2000 Locator SSL					
3078	t	a	orbix-cfg-ssl	Orbix 2000 Locator SSL					
3078	u	a	orbix-cfg-ssl	Orbix 2000 Locator SSL					
3079	t	a	lv-frontpanel	LV Front Panel					
3079	u	a	lv-frontpanel	LV Front Panel					
3080	t	a	stm-pproc	stm_pproc\nIANA assigned this well-formed service name as a replacement for "stm_pproc".					
3080	t	a	stm_pproc	stm_pproc		This entry is an alias to "stm-pproc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3080	u	a	stm-pproc	stm_pproc\nIANA assigned this well-formed service name as a replacement for "stm_pproc".					
3080	u	a	stm_pproc	stm_pproc		This entry is an alias to "stm-pproc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3081	t	a	tl1-lv	TL1-LV					
3081	u	a	tl1-lv	TL1-LV					
3082	t	a	tl1-raw	TL1-RAW					
3082	u	a	tl1-raw	TL1-RAW					
3083	t	a	tl1-telnet	TL1-TELNET					
3083	u	a	tl1-telnet	TL1-TELNET					
3084	t	a	itm-mccs	ITM-MCCS					
3084	u	a	itm-mccs	ITM-MCCS					
3085	t	a	pcihreq	PCIHReq					
3085	u	a	pcihreq	PCIHReq					
3086	t	a	jdl-dbkitchen	JDL-DBKitchen					
3086	u	a	jdl-dbkitchen	JDL-DBKitchen					
3087	t	a	asoki-sma	Asoki SMA					
3087	u	a	asoki-sma	Asoki SMA					
3088	t	a	xdtp	eXtensible Data Transfer Protocol					
3088	u	a	xdtp	eXtensible Data Transfer Protocol					
3089	t	a	ptk-alink	ParaTek Agent Linking					
3089	u	a	ptk-alink	ParaTek Agent Linking					
3090	t	a	stss	Senforce Session Services					
3090	u	a	stss	Senforce Session Services					
3091	t	a	1ci-smcs	1Ci Server Management					
3091	u	a	1ci-smcs	1Ci Server Management					
3092	tu	u		Unassigned					2008-04-22
3093	t	a	rapidmq-center	Jiiva RapidMQ Center					
3093	u	a	rapidmq-center	Jiiva RapidMQ Center					
3094	t	a	rapidmq-reg	Jiiva RapidMQ Registry					
3094	u	a	rapidmq-reg	Jiiva RapidMQ Registry					
3095	t	a	panasas	Panasas rendezvous port					2017-08-17
3095	u	a	panasas	Panasas rendezvous port					2017-08-17
3096	t	a	ndl-aps	Active Print Server Port					
3096	u	a	ndl-aps	Active Print Server Port					
3097	t	r		Reserved					
3097	u	r		Reserved					
3097	s	a	itu-bicc-stc	ITU-T Q.1902.1/Q.2150.3					
3098	t	a	umm-port	Universal Message Manager					
3098	u	a	umm-port	Universal Message Manager					
3099	t	a	chmd	CHIPSY Machine Daemon					
3099	u	a	chmd	CHIPSY Machine Daemon					
3100	t	a	opcon-xps	OpCon/xps					
3100	u	a	opcon-xps	OpCon/xps					
3101	t	a	hp-pxpib	HP PolicyXpert PIB Server					
3101	u	a	hp-pxpib	HP PolicyXpert PIB Server					
3102	t	a	slslavemon	SoftlinK Slave Mon Port					
3102	u	a	slslavemon	SoftlinK Slave Mon Port					
3103	t	a	autocuesmi	Autocue SMI Protocol					
3103	u	a	autocuesmi	Autocue SMI Protocol					
3104	t	a	autocuelog	Autocue Logger Protocol					
3104	u	a	autocuetime	Autocue Time Service					
3105	t	a	cardbox	Cardbox					
3105	u	a	cardbox	Cardbox					
3106	t	a	cardbox-http	Cardbox HTTP					
3106	u	a	cardbox-http	Cardbox HTTP					
3107	t	a	business	Business protocol					
3107	u	a	business	Business protocol					
3108	t	a	geolocate	Geolocate protocol					
3108	u	a	geolocate	Geolocate protocol					
3109	t	a	personnel	Personnel protocol					
3109	u	a	personnel	Personnel protocol					
3110	t	a	sim-control	simulator control port					
3110	u	a	sim-control	simulator control port					
3111	t	a	wsynch	Web Synchronous Services					
3111	u	a	wsynch	Web Synchronous Services					
3112	t	a	ksysguard	KDE System Guard					
3112	u	a	ksysguard	KDE System Guard					
3113	t	a	cs-auth-svr	CS-Authenticate Svr Port					
3113	u	a	cs-auth-svr	CS-Authenticate Svr Port					
3114	t	a	ccmad	CCM AutoDiscover					
3114	u	a	ccmad	CCM AutoDiscover					
3115	t	a	mctet-master	MCTET Master					
3115	u	a	mctet-master	MCTET Master					
3116	t	a	mctet-gateway	MCTET Gateway					
3116	u	a	mctet-gateway	MCTET Gateway					
3117	t	a	mctet-jserv	MCTET Jserv					
3117	u	a	mctet-jserv	MCTET Jserv					
3118	t	a	pkagent	PKAgent					
3118	u	a	pkagent	PKAgent					
3119	t	a	d2000kernel	D2000 Kernel Port					
3119	u	a	d2000kernel	D2000 Kernel Port					
3120	t	a	d2000webserver	D2000 Webserver Port					
3120	u	a	d2000webserver	D2000 Webserver Port					
3121	t	a	pcmk-remote	The pacemaker remote (pcmk-remote) service extends high availability functionality outside of the Linux cluster into remote nodes.		port 3121 previously noted "Removed on 2003-09-17"			2013-03-15
3121	u	r		Reserved		port 3121 previously noted "Removed on 2003-09-17"			2013-03-15
3122	t	a	vtr-emulator	MTI VTR Emulator port					
3122	u	a	vtr-emulator	MTI VTR Emulator port					
3123	t	a	edix	EDI Translation Protocol					
3123	u	a	edix	EDI Translation Protocol					
3124	t	a	beacon-port	Beacon Port					
3124	u	a	beacon-port	Beacon Port					
3125	t	a	a13-an	A13-AN Interface					
3125	u	a	a13-an	A13-AN Interface					
3126	tu	u		Unassigned					2007-10-04
3127	t	a	ctx-bridge	CTX Bridge Port					
3127	u	a	ctx-bridge	CTX Bridge Port					
3128	t	a	ndl-aas	Active API Server Port					
3128	u	a	ndl-aas	Active API Server Port					
3129	t	a	netport-id	NetPort Discovery Port					
3129	u	a	netport-id	NetPort Discovery Port					
3130	t	a	icpv2	ICPv2					
3130	u	a	icpv2	ICPv2					
3131	t	a	netbookmark	Net Book Mark			Known Unauthorized Use on port 3131		
3131	u	a	netbookmark	Net Book Mark			Known Unauthorized Use on port 3131		
3132	t	a	ms-rule-engine	Microsoft Business Rule Engine Update Service					
3132	u	a	ms-rule-engine	Microsoft Business Rule Engine Update Service					
3133	t	a	prism-deploy	Prism Deploy User Port					
3133	u	a	prism-deploy	Prism Deploy User Port					
3134	t	a	ecp	Extensible Code Protocol					
3134	u	a	ecp	Extensible Code Protocol					
3135	t	a	peerbook-port	PeerBook Port					
3135	u	a	peerbook-port	PeerBook Port					
3136	t	a	grubd	Grub Server Port					
3136	u	a	grubd	Grub Server Port					
3137	t	a	rtnt-1	rtnt-1 data packets					
3137	u	a	rtnt-1	rtnt-1 data packets					
3138	t	a	rtnt-2	rtnt-2 data packets					
3138	u	a	rtnt-2	rtnt-2 data packets					
3139	t	a	incognitorv	Incognito Rendez-Vous					
3139	u	a	incognitorv	Incognito Rendez-Vous					
3140	t	a	ariliamulti	Arilia Multiplexor					
3140	u	a	ariliamulti	Arilia Multiplexor					
3141	t	a	vmodem	VMODEM					
3141	u	a	vmodem	VMODEM					
3142	t	a	rdc-wh-eos	RDC WH EOS					
3142	u	a	rdc-wh-eos	RDC WH EOS					
3143	t	a	seaview	Sea View					
3143	u	a	seaview	Sea View					
3144	t	a	tarantella	Tarantella					
3144	u	a	tarantella	Tarantella					
3145	t	a	csi-lfap	CSI-LFAP			Known UNAUTHORIZED USE: port 3145		
3145	u	a	csi-lfap	CSI-LFAP			Known UNAUTHORIZED USE: port 3145		
3146	t	a	bears-02	bears-02					
3146	u	a	bears-02	bears-02					
3147	t	a	rfio	RFIO					
3147	u	a	rfio	RFIO					
3148	t	a	nm-game-admin	NetMike Game Administrator					
3148	u	a	nm-game-admin	NetMike Game Administrator					
3149	t	a	nm-game-server	NetMike Game Server					
3149	u	a	nm-game-server	NetMike Game Server					
3150	t	a	nm-asses-admin	NetMike Assessor Administrator					
3150	u	a	nm-asses-admin	NetMike Assessor Administrator					
3151	t	a	nm-assessor	NetMike Assessor					
3151	u	a	nm-assessor	NetMike Assessor					
3152	t	a	feitianrockey	FeiTian Port					
3152	u	a	feitianrockey	FeiTian Port					
3153	t	a	s8-client-port	S8Cargo Client Port					
3153	u	a	s8-client-port	S8Cargo Client Port					
3154	t	a	ccmrmi	ON RMI Registry					
3154	u	a	ccmrmi	ON RMI Registry					
3155	t	a	jpegmpeg	JpegMpeg Port					
3155	u	a	jpegmpeg	JpegMpeg Port					
3156	t	a	indura	Indura Collector					
3156	u	a	indura	Indura Collector					
3157	t	a	lsa-comm	LSA Communicator					2024-03-18
3157	u	a	lsa-comm	LSA Communicator					2024-03-18
3158	t	a	stvp	SmashTV Protocol					
3158	u	a	stvp	SmashTV Protocol					
3159	t	a	navegaweb-port	NavegaWeb Tarification					
3159	u	a	navegaweb-port	NavegaWeb Tarification					
3160	t	a	tip-app-server	TIP Application Server					2023-11-07
3160	u	a	tip-app-server	TIP Application Server					2023-11-07
3161	t	a	doc1lm	DOC1 License Manager					
3161	u	a	doc1lm	DOC1 License Manager					
3162	t	a	sflm	SFLM					
3162	u	a	sflm	SFLM					
3163	t	a	res-sap	RES-SAP					
3163	u	a	res-sap	RES-SAP					
3164	t	a	imprs	IMPRS					
3164	u	a	imprs	IMPRS					
3165	t	a	newgenpay	Newgenpay Engine Service					
3165	u	a	newgenpay	Newgenpay Engine Service					
3166	t	a	sossecollector	Quest Spotlight Out-Of-Process Collector				2008-10-23	
3166	u	a	sossecollector	Quest Spotlight Out-Of-Process Collector				2008-10-23	
3167	t	a	nowcontact	Now Contact Public Server					
3167	u	a	nowcontact	Now Contact Public Server					
3168	t	a	poweronnud	Now Up-to-Date Public Server					
3168	u	a	poweronnud	Now Up-to-Date Public Server					
3169	t	a	serverview-as	SERVERVIEW-AS					
3169	u	a	serverview-as	SERVERVIEW-AS					
3170	t	a	serverview-asn	SERVERVIEW-ASN					
3170	u	a	serverview-asn	SERVERVIEW-ASN					
3171	t	a	serverview-gf	SERVERVIEW-GF					
3171	u	a	serverview-gf	SERVERVIEW-GF					
3172	t	a	serverview-rm	SERVERVIEW-RM					
3172	u	a	serverview-rm	SERVERVIEW-RM					
3173	t	a	serverview-icc	SERVERVIEW-ICC				2009-05-15	
3173	u	a	serverview-icc	SERVERVIEW-ICC				2009-05-15	
3174	t	a	armi-server	ARMI Server					
3174	u	a	armi-server	ARMI Server					
3175	t	a	t1-e1-over-ip	T1_E1_Over_IP					
3175	u	a	t1-e1-over-ip	T1_E1_Over_IP					
3176	t	a	ars-master	ARS Master					
3176	u	a	ars-master	ARS Master					
3177	t	a	phonex-port	Phonex Protocol					
3177	u	a	phonex-port	Phonex Protocol					
3178	t	a	radclientport	Radiance UltraEdge Port					
3178	u	a	radclientport	Radiance UltraEdge Port					
3179	t	a	h2gf-w-2m	H2GF W.2m Handover prot.					
3179	u	a	h2gf-w-2m	H2GF W.2m Handover prot.					
3180	t	a	mc-brk-srv	Millicent Broker Server					
3180	u	a	mc-brk-srv	Millicent Broker Server					
3181	t	a	bmcpatrolagent	BMC Patrol Agent					
3181	u	a	bmcpatrolagent	BMC Patrol Agent					
3182	t	a	bmcpatrolrnvu	BMC Patrol Rendezvous					
3182	u	a	bmcpatrolrnvu	BMC Patrol Rendezvous					
3183	t	a	cops-tls	COPS/TLS					
3183	u	a	cops-tls	COPS/TLS					
3184	t	a	apogeex-port	ApogeeX Port					
3184	u	a	apogeex-port	ApogeeX Port					
3185	t	a	smpppd	SuSE Meta PPPD					
3185	u	a	smpppd	SuSE Meta PPPD					
3186	t	a	iiw-port	IIW Monitor User Port					
3186	u	a	iiw-port	IIW Monitor User Port					
3187	t	a	odi-port	Open Design Listen Port					
3187	u	a	odi-port	Open Design Listen Port					
3188	t	a	brcm-comm-port	Broadcom Port					
3188	u	a	brcm-comm-port	Broadcom Port					
3189	t	a	pcle-infex	Pinnacle Sys InfEx Port					
3189	u	a	pcle-infex	Pinnacle Sys InfEx Port					
3190	t	a	csvr-proxy	ConServR Proxy					
3190	u	a	csvr-proxy	ConServR Proxy					
3191	t	a	csvr-sslproxy	ConServR SSL Proxy					
3191	u	a	csvr-sslproxy	ConServR SSL Proxy					
3192	t	a	firemonrcc	FireMon Revision Control					
3192	u	a	firemonrcc	FireMon Revision Control					
3193	t	a	spandataport	SpanDataPort					
3193	u	a	spandataport	SpanDataPort					
3194	t	a	magbind	Rockstorm MAG protocol					
3194	u	a	magbind	Rockstorm MAG protocol					
3195	t	a	ncu-1	Network Control Unit					
3195	u	a	ncu-1	Network Control Unit					
3196	t	a	ncu-2	Network Control Unit					
3196	u	a	ncu-2	Network Control Unit					
3197	t	a	embrace-dp-s	Embrace Device Protocol Server					
3197	u	a	embrace-dp-s	Embrace Device Protocol Server					
3198	t	a	embrace-dp-c	Embrace Device Protocol Client					
3198	u	a	embrace-dp-c	Embrace Device Protocol Client					
3199	t	a	dmod-workspace	DMOD WorkSpace					
3199	u	a	dmod-workspace	DMOD WorkSpace					
3200	t	a	tick-port	Press-sense Tick Port					
3200	u	a	tick-port	Press-sense Tick Port					
3201	t	a	cpq-tasksmart	CPQ-TaskSmart					
3201	u	a	cpq-tasksmart	CPQ-TaskSmart					
3202	t	a	intraintra	IntraIntra					
3202	u	a	intraintra	IntraIntra					
3203	t	a	netwatcher-mon	Network Watcher Monitor					
3203	u	a	netwatcher-mon	Network Watcher Monitor					
3204	t	a	netwatcher-db	Network Watcher DB Access					
3204	u	a	netwatcher-db	Network Watcher DB Access					
3205	t	a	isns	iSNS Server Port	RFC4171				
3205	u	a	isns	iSNS Server Port	RFC4171				
3206	t	a	ironmail	IronMail POP Proxy					
3206	u	a	ironmail	IronMail POP Proxy					
3207	t	a	vx-auth-port	Veritas Authentication Port					
3207	u	a	vx-auth-port	Veritas Authentication Port					
3208	t	a	pfu-prcallback	PFU PR Callback					
3208	u	a	pfu-prcallback	PFU PR Callback					
3209	t	a	netwkpathengine	HP OpenView Network Path Engine Server					
3209	u	a	netwkpathengine	HP OpenView Network Path Engine Server					
3210	t	a	flamenco-proxy	Flamenco Networks Proxy					
3210	u	a	flamenco-proxy	Flamenco Networks Proxy					
3211	t	a	avsecuremgmt	Avocent Secure Management					
3211	u	a	avsecuremgmt	Avocent Secure Management					
3212	t	a	surveyinst	Survey Instrument					
3212	u	a	surveyinst	Survey Instrument					
3213	t	a	neon24x7	NEON 24X7 Mission Control					
3213	u	a	neon24x7	NEON 24X7 Mission Control					
3214	t	a	jmq-daemon-1	JMQ Daemon Port 1					
3214	u	a	jmq-daemon-1	JMQ Daemon Port 1					
3215	t	a	jmq-daemon-2	JMQ Daemon Port 2					
3215	u	a	jmq-daemon-2	JMQ Daemon Port 2					
3216	t	a	ferrari-foam	Ferrari electronic FOAM					
3216	u	a	ferrari-foam	Ferrari electronic FOAM					
3217	t	a	unite	Unified IP & Telecom Environment				2009-03-26	
3217	u	a	unite	Unified IP & Telecom Environment				2009-03-26	
3218	t	a	smartpackets	EMC SmartPackets					
3218	u	a	smartpackets	EMC SmartPackets					
3219	t	a	wms-messenger	WMS Messenger					2022-07-18
3219	u	a	wms-messenger	WMS Messenger					2022-07-18
3220	t	a	xnm-ssl	XML NM over SSL					
3220	u	a	xnm-ssl	XML NM over SSL					
3221	t	a	xnm-clear-text	XML NM over TCP					
3221	u	a	xnm-clear-text	XML NM over TCP					
3222	t	a	glbp	Gateway Load Balancing Pr					
3222	u	a	glbp	Gateway Load Balancing Pr					
3223	t	a	digivote	DIGIVOTE (R) Vote-Server					
3223	u	a	digivote	DIGIVOTE (R) Vote-Server					
3224	t	a	aes-discovery	AES Discovery Port					
3224	u	a	aes-discovery	AES Discovery Port					
3225	t	a	fcip-port	FCIP	RFC3821				
3225	u	a	fcip-port	FCIP	RFC3821				
3226	t	a	isi-irp	ISI Industry Software IRP					
3226	u	a	isi-irp	ISI Industry Software IRP					
3227	t	a	dwnmshttp	DiamondWave NMS Server					
3227	u	a	dwnmshttp	DiamondWave NMS Server					
3228	t	a	dwmsgserver	DiamondWave MSG Server					
3228	u	a	dwmsgserver	DiamondWave MSG Server					
3229	t	a	global-cd-port	Global CD Port					
3229	u	a	global-cd-port	Global CD Port					
3230	t	a	sftdst-port	Software Distributor Port					2014-02-21
3230	u	a	sftdst-port	Software Distributor Port					2014-02-21
3231	t	a	vidigo	VidiGo communication (previous was: Delta Solutions Direct)					
3231	u	a	vidigo	VidiGo communication (previous was: Delta Solutions Direct)					
3232	t	a	mdtp	MDT port	RFC6513				2012-02-21
3232	u	a	mdtp	MDT port	RFC6513				2012-02-21
3233	t	a	whisker	WhiskerControl main port				2002-02	
3233	u	a	whisker	WhiskerControl main port				2002-02	
3234	t	a	alchemy	Alchemy Server				2002-02	
3234	u	a	alchemy	Alchemy Server				2002-02	
3235	t	a	mdap-port	MDAP port				2002-02	
3235	u	a	mdap-port	MDAP Port				2002-02	
3236	t	a	apparenet-ts	appareNet Test Server					
3236	u	a	apparenet-ts	appareNet Test Server					
3237	t	a	apparenet-tps	appareNet Test Packet Sequencer					
3237	u	a	apparenet-tps	appareNet Test Packet Sequencer					
3238	t	a	apparenet-as	appareNet Analysis Server					
3238	u	a	apparenet-as	appareNet Analysis Server					
3239	t	a	apparenet-ui	appareNet User Interface				2002-02	
3239	u	a	apparenet-ui	appareNet User Interface				2002-02	
3240	t	a	triomotion	Trio Motion Control Port				2002-02	
3240	u	a	triomotion	Trio Motion Control Port				2002-02	
3241	t	a	sysorb	SysOrb Monitoring Server				2002-02	
3241	u	a	sysorb	SysOrb Monitoring Server				2002-02	
3242	t	a	sdp-id-port	Session Description ID				2002-02	
3242	u	a	sdp-id-port	Session Description ID				2002-02	
3243	t	a	timelot	Timelot Port				2002-02	
3243	u	a	timelot	Timelot Port				2002-02	
3244	t	a	onesaf	OneSAF				2002-02	
3244	u	a	onesaf	OneSAF				2002-02	
3245	t	a	vieo-fe	VIEO Fabric Executive				2002-02	
3245	u	a	vieo-fe	VIEO Fabric Executive				2002-02	
3246	t	a	dvt-system	DVT SYSTEM PORT					
3246	u	a	dvt-system	DVT SYSTEM PORT					
3247	t	a	dvt-data	DVT DATA LINK				2002-02	
3247	u	a	dvt-data	DVT DATA LINK				2002-02	
3248	t	a	procos-lm	PROCOS LM					
3248	u	a	procos-lm	PROCOS LM					
3249	t	a	ssp	State Sync Protocol				2002-02	
3249	u	a	ssp	State Sync Protocol				2002-02	
3250	t	a	hicp	HMS hicp port				2002-02	
3250	u	a	hicp	HMS hicp port				2002-02	
3251	t	a	sysscanner	Sys Scanner				2002-02	
3251	u	a	sysscanner	Sys Scanner				2002-02	
3252	t	a	dhe	DHE port				2002-02	
3252	u	a	dhe	DHE port				2002-02	
3253	t	a	pda-data	PDA Data					
3253	u	a	pda-data	PDA Data					
3254	t	a	pda-sys	PDA System				2002-02	
3254	u	a	pda-sys	PDA System				2002-02	
3255	t	a	semaphore	Semaphore Connection Port				2002-02	
3255	u	a	semaphore	Semaphore Connection Port				2002-02	
3256	t	a	cpqrpm-agent	Compaq RPM Agent Port					
3256	u	a	cpqrpm-agent	Compaq RPM Agent Port					
3257	t	a	cpqrpm-server	Compaq RPM Server Port				2002-02	
3257	u	a	cpqrpm-server	Compaq RPM Server Port				2002-02	
3258	t	a	ivecon-port	Ivecon Server Port				2002-02	
3258	u	a	ivecon-port	Ivecon Server Port				2002-02	
3259	t	a	epncdp2	Epson Network Common Devi				2002-02	
3259	u	a	epncdp2	Epson Network Common Devi				2002-02	
3260	t	a	iscsi-target	iSCSI port	RFC7143				2013-08-27
3260	u	a	iscsi-target	iSCSI port	RFC7143				2013-08-27
3261	t	a	winshadow	winShadow					
3261	u	a	winshadow	winShadow					
3262	t	a	necp	NECP					
3262	u	a	necp	NECP					
3263	t	a	ecolor-imager	E-Color Enterprise Imager					
3263	u	a	ecolor-imager	E-Color Enterprise Imager					
3264	t	a	ccmail	cc:mail/lotus					
3264	u	a	ccmail	cc:mail/lotus					
3265	t	a	altav-tunnel	Altav Tunnel					
3265	u	a	altav-tunnel	Altav Tunnel					
3266	t	a	ns-cfg-server	NS CFG Server					
3266	u	a	ns-cfg-server	NS CFG Server					
3267	t	a	ibm-dial-out	IBM Dial Out					
3267	u	a	ibm-dial-out	IBM Dial Out					
3268	t	a	msft-gc	Microsoft Global Catalog					
3268	u	a	msft-gc	Microsoft Global Catalog					
3269	t	a	msft-gc-ssl	Microsoft Global Catalog with LDAP/SSL					
3269	u	a	msft-gc-ssl	Microsoft Global Catalog with LDAP/SSL					
3270	t	a	verismart	Verismart					
3270	u	a	verismart	Verismart					
3271	t	a	csoft-prev	CSoft Prev Port					
3271	u	a	csoft-prev	CSoft Prev Port					
3272	t	a	user-manager	Fujitsu User Manager					
3272	u	a	user-manager	Fujitsu User Manager					
3273	t	a	sxmp	Simple Extensible Multiplexed Protocol					
3273	u	a	sxmp	Simple Extensible Multiplexed Protocol					
3274	t	a	ordinox-server	Ordinox Server					
3274	u	a	ordinox-server	Ordinox Server					
3275	t	a	samd	SAMD					
3275	u	a	samd	SAMD					
3276	t	a	maxim-asics	Maxim ASICs					
3276	u	a	maxim-asics	Maxim ASICs					
3277	t	a	awg-proxy	AWG Proxy					
3277	u	a	awg-proxy	AWG Proxy					
3278	t	a	lkcmserver	LKCM Server					
3278	u	a	lkcmserver	LKCM Server					
3279	t	a	admind	admind					
3279	u	a	admind	admind					
3280	t	a	vs-server	VS Server					
3280	u	a	vs-server	VS Server					
3281	t	a	sysopt	SYSOPT					
3281	u	a	sysopt	SYSOPT					
3282	t	a	datusorb	Datusorb					
3282	u	a	datusorb	Datusorb					
3283	t	a	net-assistant	Net Assistant					2025-01-23
3283	u	a	net-assistant	Net Assistant					2025-01-23
3284	t	a	4talk	4Talk					
3284	u	a	4talk	4Talk					
3285	t	a	plato	Plato					
3285	u	a	plato	Plato					
3286	t	a	e-net	E-Net					
3286	u	a	e-net	E-Net					
3287	t	a	directvdata	DIRECTVDATA					
3287	u	a	directvdata	DIRECTVDATA					
3288	t	a	cops	COPS					
3288	u	a	cops	COPS					
3289	t	a	enpc	ENPC					
3289	u	a	enpc	ENPC					
3290	t	a	caps-lm	CAPS LOGISTICS TOOLKIT - LM					
3290	u	a	caps-lm	CAPS LOGISTICS TOOLKIT - LM					
3291	t	a	sah-lm	S A Holditch & Associates - LM					
3291	u	a	sah-lm	S A Holditch & Associates - LM					
3292	t	a	cart-o-rama	Cart O Rama					
3292	u	a	cart-o-rama	Cart O Rama					
3293	t	a	fg-fps	fg-fps					
3293	u	a	fg-fps	fg-fps					
3294	t	a	fg-gip	fg-gip					
3294	u	a	fg-gip	fg-gip					
3295	t	a	dyniplookup	Dynamic IP Lookup					
3295	u	a	dyniplookup	Dynamic IP Lookup					
3296	t	a	rib-slm	Rib License Manager					
3296	u	a	rib-slm	Rib License Manager					
3297	t	a	cytel-lm	Cytel License Manager					
3297	u	a	cytel-lm	Cytel License Manager					
3298	t	a	deskview	DeskView					
3298	u	a	deskview	DeskView					
3299	t	a	pdrncs	pdrncs					
3299	u	a	pdrncs	pdrncs					
3300	t	a	ceph	Ceph monitor			Known Unauthorized Use on port 3300	2015-06-29	
3300	u	r		Reserved					
3301	t	a	tarantool	Tarantool in-memory computing platform			Known Unauthorized Use on port 3301	2022-06-10	
3301	u	a	tarantool	Tarantool in-memory computing platform			Known Unauthorized Use on port 3301	2022-06-10	
3302	t	a	mcs-fastmail	MCS Fastmail					
3302	u	a	mcs-fastmail	MCS Fastmail					
3303	t	a	opsession-clnt	OP Session Client					
3303	u	a	opsession-clnt	OP Session Client					
3304	t	a	opsession-srvr	OP Session Server					
3304	u	a	opsession-srvr	OP Session Server					
3305	t	a	odette-ftp	ODETTE-FTP	RFC5024				
3305	u	a	odette-ftp	ODETTE-FTP	RFC5024				
3306	t	a	mysql	MySQL					
3306	u	a	mysql	MySQL					
3307	t	a	opsession-prxy	OP Session Proxy					
3307	u	a	opsession-prxy	OP Session Proxy					
3308	t	a	tns-server	TNS Server					
3308	u	a	tns-server	TNS Server					
3309	t	a	tns-adv	TNS ADV					
3309	u	a	tns-adv	TNS ADV					
3310	t	a	dyna-access	Dyna Access					
3310	u	a	dyna-access	Dyna Access					
3311	t	a	mcns-tel-ret	MCNS Tel Ret					
3311	u	a	mcns-tel-ret	MCNS Tel Ret					
3312	t	a	appman-server	Application Management Server					
3312	u	a	appman-server	Application Management Server					
3313	t	a	uorb	Unify Object Broker					2012-07-31
3313	u	a	uorb	Unify Object Broker					2012-07-31
3314	t	a	uohost	Unify Object Host					2012-07-31
3314	u	a	uohost	Unify Object Host					2012-07-31
3315	t	a	cdid	CDID					
3315	u	a	cdid	CDID					
3316	t	a	aicc-cmi	AICC/CMI					
3316	u	a	aicc-cmi	AICC/CMI					
3317	t	a	vsaiport	VSAI PORT					
3317	u	a	vsaiport	VSAI PORT					
3318	t	a	ssrip	Swith to Swith Routing Information Protocol					
3318	u	a	ssrip	Swith to Swith Routing Information Protocol					
3319	t	a	sdt-lmd	SDT License Manager					
3319	u	a	sdt-lmd	SDT License Manager					
3320	t	a	officelink2000	Office Link 2000					
3320	u	a	officelink2000	Office Link 2000					
3321	t	a	vnsstr	VNSSTR					
3321	u	a	vnsstr	VNSSTR					
3322-3325	tu	a	active-net	Active Networks					
3326	t	a	sftu	SFTU					
3326	u	a	sftu	SFTU					
3327	t	a	bbars	BBARS					
3327	u	a	bbars	BBARS					
3328	t	a	egptlm	Eaglepoint License Manager					
3328	u	a	egptlm	Eaglepoint License Manager					
3329	t	a	hp-device-disc	HP Device Disc					
3329	u	a	hp-device-disc	HP Device Disc					
3330	t	a	mcs-calypsoicf	MCS Calypso ICF					
3330	u	a	mcs-calypsoicf	MCS Calypso ICF					
3331	t	a	mcs-messaging	MCS Messaging					
3331	u	a	mcs-messaging	MCS Messaging					
3332	t	a	mcs-mailsvr	MCS Mail Server					
3332	u	a	mcs-mailsvr	MCS Mail Server					
3333	t	a	dec-notes	DEC Notes					
3333	u	a	dec-notes	DEC Notes					
3334	t	a	directv-web	Direct TV Webcasting					
3334	u	a	directv-web	Direct TV Webcasting					
3335	t	a	directv-soft	Direct TV Software Updates					
3335	u	a	directv-soft	Direct TV Software Updates					
3336	t	a	directv-tick	Direct TV Tickers					
3336	u	a	directv-tick	Direct TV Tickers					
3337	t	a	directv-catlg	Direct TV Data Catalog					
3337	u	a	directv-catlg	Direct TV Data Catalog					
3338	t	a	anet-b	OMF data b					
3338	u	a	anet-b	OMF data b					
3339	t	a	anet-l	OMF data l					
3339	u	a	anet-l	OMF data l					
3340	t	a	anet-m	OMF data m					
3340	u	a	anet-m	OMF data m					
3341	t	a	anet-h	OMF data h					
3341	u	a	anet-h	OMF data h					
3342	t	a	webtie	WebTIE					
3342	u	a	webtie	WebTIE					
3343	t	a	ms-cluster-net	MS Cluster Net				2009-02-12	
3343	u	a	ms-cluster-net	MS Cluster Net				2009-02-12	
3344	t	a	bnt-manager	BNT Manager					
3344	u	a	bnt-manager	BNT Manager					
3345	t	a	influence	Influence					
3345	u	a	influence	Influence					
3346	t	a	trnsprntproxy	Trnsprnt Proxy					
3346	u	a	trnsprntproxy	Trnsprnt Proxy					
3347	t	a	phoenix-rpc	Phoenix RPC					
3347	u	a	phoenix-rpc	Phoenix RPC					
3348	t	a	pangolin-laser	Pangolin Laser					
3348	u	a	pangolin-laser	Pangolin Laser					
3349	t	a	chevinservices	Chevin Services					
3349	u	a	chevinservices	Chevin Services					
3350	t	a	findviatv	FINDVIATV					
3350	u	a	findviatv	FINDVIATV					
3351	t	a	btrieve	Btrieve port					
3351	u	a	btrieve	Btrieve port					
3352	t	a	ssql	Scalable SQL					
3352	u	a	ssql	Scalable SQL					
3353	t	a	fatpipe	FATPIPE					
3353	u	a	fatpipe	FATPIPE					
3354	t	a	suitjd	SUITJD					
3354	u	a	suitjd	SUITJD					
3355	t	a	ordinox-dbase	Ordinox Dbase					
3355	u	a	ordinox-dbase	Ordinox Dbase					
3356	t	a	upnotifyps	UPNOTIFYPS					
3356	u	a	upnotifyps	UPNOTIFYPS					
3357	t	a	adtech-test	Adtech Test IP					
3357	u	a	adtech-test	Adtech Test IP					
3358	t	a	mpsysrmsvr	Mp Sys Rmsvr					
3358	u	a	mpsysrmsvr	Mp Sys Rmsvr					
3359	t	a	wg-netforce	WG NetForce					
3359	u	a	wg-netforce	WG NetForce					
3360	t	a	kv-server	KV Server					
3360	u	a	kv-server	KV Server					
3361	t	a	kv-agent	KV Agent					
3361	u	a	kv-agent	KV Agent					
3362	t	a	dj-ilm	DJ ILM					
3362	u	a	dj-ilm	DJ ILM					
3363	t	a	nati-vi-server	NATI Vi Server					
3363	u	a	nati-vi-server	NATI Vi Server					
3364	t	a	creativeserver	Creative Server					
3364	u	a	creativeserver	Creative Server					
3365	t	a	contentserver	Content Server					
3365	u	a	contentserver	Content Server					
3366	t	a	creativepartnr	Creative Partner					
3366	u	a	creativepartnr	Creative Partner					
3367-3371	tu	a	satvid-datalnk	Satellite Video Data Link					
3372	t	a	tip2	TIP 2					
3372	u	a	tip2	TIP 2					
3373	t	a	lavenir-lm	Lavenir License Manager					
3373	u	a	lavenir-lm	Lavenir License Manager					
3374	t	a	cluster-disc	Cluster Disc					
3374	u	a	cluster-disc	Cluster Disc					
3375	t	a	vsnm-agent	VSNM Agent					
3375	u	a	vsnm-agent	VSNM Agent					
3376	t	a	cdbroker	CD Broker					
3376	u	a	cdbroker	CD Broker					
3377	t	a	cogsys-lm	Cogsys Network License Manager					
3377	u	a	cogsys-lm	Cogsys Network License Manager					
3378	t	a	wsicopy	WSICOPY					
3378	u	a	wsicopy	WSICOPY					
3379	t	a	socorfs	SOCORFS					
3379	u	a	socorfs	SOCORFS					
3380	t	a	sns-channels	SNS Channels					
3380	u	a	sns-channels	SNS Channels					
3381	t	a	geneous	Geneous					
3381	u	a	geneous	Geneous					
3382	t	a	fujitsu-neat	Fujitsu Network Enhanced Antitheft function					
3382	u	a	fujitsu-neat	Fujitsu Network Enhanced Antitheft function					
3383	t	a	esp-lm	Enterprise Software Products License Manager					
3383	u	a	esp-lm	Enterprise Software Products License Manager					
3384	t	a	hp-clic	Cluster Management Services					
3384	u	a	hp-clic	Hardware Management					
3385	t	a	qnxnetman	qnxnetman					
3385	u	a	qnxnetman	qnxnetman					
3386	t	a	gprs-data	GPRS Data					
3386	u	a	gprs-sig	GPRS SIG					
3387	t	a	backroomnet	Back Room Net					
3387	u	a	backroomnet	Back Room Net					
3388	t	a	cbserver	CB Server					
3388	u	a	cbserver	CB Server					
3389	t	a	ms-wbt-server	MS WBT Server					2022-11-03
3389	u	a	ms-wbt-server	MS WBT Server					
3390	t	a	dsc	Distributed Service Coordinator					
3390	u	a	dsc	Distributed Service Coordinator					
3391	t	a	savant	SAVANT					
3391	u	a	savant	SAVANT					
3392	t	a	efi-lm	EFI License Management					
3392	u	a	efi-lm	EFI License Management					
3393	t	a	d2k-tapestry1	D2K Tapestry Client to Server					
3393	u	a	d2k-tapestry1	D2K Tapestry Client to Server					
3394	t	a	d2k-tapestry2	D2K Tapestry Server to Server					
3394	u	a	d2k-tapestry2	D2K Tapestry Server to Server					
3395	t	a	dyna-lm	Dyna License Manager (Elam)					
3395	u	a	dyna-lm	Dyna License Manager (Elam)					
3396	t	a	printer-agent	Printer Agent\nIANA assigned this well-formed service name as a replacement for "printer_agent".					
3396	t	a	printer_agent	Printer Agent		This entry is an alias to "printer-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3396	u	a	printer-agent	Printer Agent\nIANA assigned this well-formed service name as a replacement for "printer_agent".					
3396	u	a	printer_agent	Printer Agent		This entry is an alias to "printer-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3397	t	a	cloanto-lm	Cloanto License Manager				2010-04-30	
3397	u	a	cloanto-lm	Cloanto License Manager				2010-04-30	
3398	t	a	mercantile	Mercantile					
3398	u	a	mercantile	Mercantile					
3399	t	a	csms	CSMS					
3399	u	a	csms	CSMS					
3400	t	a	csms2	CSMS2					
3400	u	a	csms2	CSMS2					
3401	t	a	filecast	filecast					
3401	u	a	filecast	filecast					
3402	t	a	fxaengine-net	FXa Engine Network Port				2002-02	
3402	u	a	fxaengine-net	FXa Engine Network Port				2002-02	
3403	tu	u		De-registered					2006-10-27
3404	tu	u		Removed					2002-05-01
3405	t	a	nokia-ann-ch1	Nokia Announcement ch 1					
3405	u	a	nokia-ann-ch1	Nokia Announcement ch 1					
3406	t	a	nokia-ann-ch2	Nokia Announcement ch 2				2002-02	
3406	u	a	nokia-ann-ch2	Nokia Announcement ch 2				2002-02	
3407	t	a	ldap-admin	LDAP admin server port				2002-02	
3407	u	a	ldap-admin	LDAP admin server port				2002-02	
3408	t	a	BESApi	BES Api Port				2002-02	
3408	u	a	BESApi	BES Api Port				2002-02	
3409	t	a	networklens	NetworkLens Event Port					
3409	u	a	networklens	NetworkLens Event Port					
3410	t	a	networklenss	NetworkLens SSL Event				2002-02	
3410	u	a	networklenss	NetworkLens SSL Event				2002-02	
3411	t	a	biolink-auth	BioLink Authenteon server				2002-02	
3411	u	a	biolink-auth	BioLink Authenteon server				2002-02	
3412	t	a	xmlblaster	xmlBlaster				2002-02	
3412	u	a	xmlblaster	xmlBlaster				2002-02	
3413	t	a	svnet	SpecView Networking				2002-02	
3413	u	a	svnet	SpecView Networking				2002-02	
3414	t	a	wip-port	BroadCloud WIP Port					
3414	u	a	wip-port	BroadCloud WIP Port					
3415	t	a	bcinameservice	BCI Name Service				2002-02	
3415	u	a	bcinameservice	BCI Name Service				2002-02	
3416	t	a	commandport	AirMobile IS Command Port				2002-02	
3416	u	a	commandport	AirMobile IS Command Port				2002-02	
3417	t	a	csvr	ConServR file translation				2002-02	
3417	u	a	csvr	ConServR file translation				2002-02	
3418	t	a	rnmap	Remote nmap				2002-02	
3418	u	a	rnmap	Remote nmap				2002-02	
3419	t	a	softaudit	Isogon SoftAudit				2002-02	
3419	u	a	softaudit	ISogon SoftAudit				2002-02	
3420	t	a	ifcp-port	iFCP User Port	RFC4172				
3420	u	a	ifcp-port	iFCP User Port	RFC4172				
3421	t	a	bmap	Bull Apprise portmapper					
3421	u	a	bmap	Bull Apprise portmapper					
3422	t	a	rusb-sys-port	Remote USB System Port				2002-02	
3422	u	a	rusb-sys-port	Remote USB System Port				2002-02	
3423	t	a	xtrm	xTrade Reliable Messaging					
3423	u	a	xtrm	xTrade Reliable Messaging					
3424	t	a	xtrms	xTrade over TLS/SSL				2002-02	
3424	u	a	xtrms	xTrade over TLS/SSL				2002-02	
3425	t	a	agps-port	AGPS Access Port				2002-02	
3425	u	a	agps-port	AGPS Access Port				2002-02	
3426	t	a	arkivio	Arkivio Storage Protocol				2002-02	
3426	u	a	arkivio	Arkivio Storage Protocol				2002-02	
3427	t	a	websphere-snmp	WebSphere SNMP				2002-02	
3427	u	a	websphere-snmp	WebSphere SNMP				2002-02	
3428	t	a	twcss	2Wire CSS				2002-02	
3428	u	a	twcss	2Wire CSS				2002-02	
3429	t	a	gcsp	GCSP user port				2002-03	
3429	u	a	gcsp	GCSP user port				2002-03	
3430	t	a	ssdispatch	Scott Studios Dispatch				2002-03	
3430	u	a	ssdispatch	Scott Studios Dispatch				2002-03	
3431	t	a	ndl-als	Active License Server Port				2002-03	
3431	u	a	ndl-als	Active License Server Port				2002-03	
3432	t	a	osdcp	Secure Device Protocol				2002-03	
3432	u	a	osdcp	Secure Device Protocol				2002-03	
3433	t	a	opnet-smp	OPNET Service Management Platform				2002-03	2011-09-21
3433	u	a	opnet-smp	OPNET Service Management Platform				2002-03	2011-09-21
3434	t	a	opencm	OpenCM Server				2002-03	
3434	u	a	opencm	OpenCM Server				2002-03	
3435	t	a	pacom	Pacom Security User Port				2002-03	
3435	u	a	pacom	Pacom Security User Port				2002-03	
3436	t	a	gc-config	GuardControl Exchange Protocol				2002-03	
3436	u	a	gc-config	GuardControl Exchange Protocol				2002-03	
3437	t	a	autocueds	Autocue Directory Service				2002-03	
3437	u	a	autocueds	Autocue Directory Service				2002-03	
3438	t	a	spiral-admin	Spiralcraft Admin				2002-03	
3438	u	a	spiral-admin	Spiralcraft Admin				2002-03	
3439	t	a	hri-port	HRI Interface Port				2002-03	
3439	u	a	hri-port	HRI Interface Port				2002-03	
3440	t	a	ans-console	Net Steward Mgmt Console				2002-03	
3440	u	a	ans-console	Net Steward Mgmt Console				2002-03	
3441	t	a	connect-client	OC Connect Client					
3441	u	a	connect-client	OC Connect Client					
3442	t	a	connect-server	OC Connect Server				2002-03	
3442	u	a	connect-server	OC Connect Server				2002-03	
3443	t	a	ov-nnm-websrv	OpenView Network Node Manager WEB Server				2002-03	
3443	u	a	ov-nnm-websrv	OpenView Network Node Manager WEB Server				2002-03	
3444	t	a	denali-server	Denali Server				2002-03	
3444	u	a	denali-server	Denali Server				2002-03	
3445	t	a	monp	Media Object Network Protocol				2002-03	2019-11-11
3445	u	a	monp	Media Object Network Protocol				2002-03	2019-11-11
3446	t	a	3comfaxrpc	3Com FAX RPC port				2002-04	
3446	u	a	3comfaxrpc	3Com FAX RPC port				2002-04	
3447	t	a	directnet	DirectNet IM System				2002-04	
3447	u	a	directnet	DirectNet IM System				2002-04	
3448	t	a	dnc-port	Discovery and Net Config				2002-04	
3448	u	a	dnc-port	Discovery and Net Config				2002-04	
3449	t	a	hotu-chat	HotU Chat				2002-04	
3449	u	a	hotu-chat	HotU Chat				2002-04	
3450	t	a	castorproxy	CAStorProxy				2002-04	
3450	u	a	castorproxy	CAStorProxy				2002-04	
3451	t	a	asam	ASAM Services				2002-04	
3451	u	a	asam	ASAM Services				2002-04	
3452	t	a	sabp-signal	SABP-Signalling Protocol				2002-04	
3452	u	a	sabp-signal	SABP-Signalling Protocol				2002-04	
3453	t	a	pscupd	PSC Update				2001-11-10	2014-07-31
3453	u	a	pscupd	PSC Update				2001-11-10	2014-07-31
3454	t	a	mira	Apple Remote Access Protocol					
3454	u	a	mira	Apple Remote Access Protocol					
3455	t	a	prsvp	RSVP Port					
3455	u	a	prsvp	RSVP Port					
3456	t	a	vat	VAT default data					
3456	u	a	vat	VAT default data					
3457	t	a	vat-control	VAT default control					
3457	u	a	vat-control	VAT default control					
3458	t	a	d3winosfi	D3WinOSFI					
3458	u	a	d3winosfi	D3WinOSFI					
3459	t	a	integral	TIP Integral					2023-11-07
3459	u	a	integral	TIP Integral					2023-11-07
3460	t	a	edm-manager	EDM Manger					
3460	u	a	edm-manager	EDM Manger					
3461	t	a	edm-stager	EDM Stager					
3461	u	a	edm-stager	EDM Stager					
3462	t	a	edm-std-notify	EDM STD Notify					
3462	u	a	edm-std-notify	EDM STD Notify					
3463	t	a	edm-adm-notify	EDM ADM Notify					
3463	u	a	edm-adm-notify	EDM ADM Notify					
3464	t	a	edm-mgr-sync	EDM MGR Sync					
3464	u	a	edm-mgr-sync	EDM MGR Sync					
3465	t	a	edm-mgr-cntrl	EDM MGR Cntrl					
3465	u	a	edm-mgr-cntrl	EDM MGR Cntrl					
3466	t	a	workflow	WORKFLOW					
3466	u	a	workflow	WORKFLOW					
3467	t	a	rcst	RCST					
3467	u	a	rcst	RCST					
3468	t	a	ttcmremotectrl	TTCM Remote Controll					
3468	u	a	ttcmremotectrl	TTCM Remote Controll					
3469	t	a	pluribus	Pluribus					
3469	u	a	pluribus	Pluribus					
3470	t	a	jt400	jt400					
3470	u	a	jt400	jt400					
3471	t	a	jt400-ssl	jt400-ssl					
3471	u	a	jt400-ssl	jt400-ssl					
3472	t	a	jaugsremotec-1	JAUGS N-G Remotec 1					
3472	u	a	jaugsremotec-1	JAUGS N-G Remotec 1					
3473	t	a	jaugsremotec-2	JAUGS N-G Remotec 2				2002-04	
3473	u	a	jaugsremotec-2	JAUGS N-G Remotec 2				2002-04	
3474	t	a	ttntspauto	TSP Automation				2002-04	
3474	u	a	ttntspauto	TSP Automation				2002-04	
3475	t	a	genisar-port	Genisar Comm Port				2002-04	
3475	u	a	genisar-port	Genisar Comm Port				2002-04	
3476	t	a	nppmp	NVIDIA Mgmt Protocol				2002-04	
3476	u	a	nppmp	NVIDIA Mgmt Protocol				2002-04	
3477	t	a	ecomm	eComm link port				2002-04	
3477	u	a	ecomm	eComm link port				2002-04	
3478	t	a	stun	Session Traversal Utilities for NAT (STUN) port	RFC8489				2019-03-28
3478	u	a	stun	Session Traversal Utilities for NAT (STUN) port	RFC8489				2019-03-28
3478	t	a	turn	TURN over TCP	RFC8656				2019-08-02
3478	u	a	turn	TURN over UDP	RFC8656				2019-08-02
3478	t	a	stun-behavior	STUN Behavior Discovery over TCP	RFC5780				
3478	u	a	stun-behavior	STUN Behavior Discovery over UDP	RFC5780				
3479	t	a	twrpc	2Wire RPC				2002-04	
3479	u	a	twrpc	2Wire RPC				2002-04	
3480	t	a	plethora	Secure Virtual Workspace				2002-04	
3480	u	a	plethora	Secure Virtual Workspace				2002-04	
3481	t	a	cleanerliverc	CleanerLive remote ctrl				2002-04	
3481	u	a	cleanerliverc	CleanerLive remote ctrl				2002-04	
3482	t	a	vulture	Vulture Monitoring System				2002-04	
3482	u	a	vulture	Vulture Monitoring System				2002-04	
3483	t	a	slim-devices	Slim Devices Protocol				2002-05	
3483	u	a	slim-devices	Slim Devices Protocol				2002-05	
3484	t	a	gbs-stp	GBS SnapTalk Protocol				2002-05	
3484	u	a	gbs-stp	GBS SnapTalk Protocol				2002-05	
3485	t	a	celatalk	CelaTalk				2002-05	
3485	u	a	celatalk	CelaTalk				2002-05	
3486	t	a	ifsf-hb-port	IFSF Heartbeat Port				2002-05	
3486	u	a	ifsf-hb-port	IFSF Heartbeat Port				2002-05	
3487	t	a	ltctcp	LISA TCP Transfer Channel					
3487	u	a	ltcudp	LISA UDP Transfer Channel				2002-05	
3488	t	a	fs-rh-srv	FS Remote Host Server				2002-05	
3488	u	a	fs-rh-srv	FS Remote Host Server				2002-05	
3489	t	a	dtp-dia	DTP/DIA				2002-05	
3489	u	a	dtp-dia	DTP/DIA				2002-05	
3490	t	a	colubris	Colubris Management Port				2002-05	
3490	u	a	colubris	Colubris Management Port				2002-05	
3491	t	a	swr-port	SWR Port				2002-05	
3491	u	a	swr-port	SWR Port				2002-05	
3492	t	a	tvdumtray-port	TVDUM Tray Port				2002-05	
3492	u	a	tvdumtray-port	TVDUM Tray Port				2002-05	
3493	t	a	nut	Network UPS Tools	RFC9271			2002-05	2022-05-18
3493	u	a	nut	Network UPS Tools				2002-05	2020-12-16
3494	t	a	ibm3494	IBM 3494					
3494	u	a	ibm3494	IBM 3494					
3495	t	a	seclayer-tcp	securitylayer over tcp					
3495	u	a	seclayer-tcp	securitylayer over tcp					
3496	t	a	seclayer-tls	securitylayer over tls				2002-03	
3496	u	a	seclayer-tls	securitylayer over tls				2002-03	
3497	t	a	ipether232port	ipEther232Port				2002-05	
3497	u	a	ipether232port	ipEther232Port				2002-05	
3498	t	a	dashpas-port	DASHPAS user port				2002-05	
3498	u	a	dashpas-port	DASHPAS user port				2002-05	
3499	t	a	sccip-media	SccIP Media				2002-05	
3499	u	a	sccip-media	SccIP Media				2002-05	
3500	t	a	rtmp-port	RTMP Port					
3500	u	a	rtmp-port	RTMP Port					
3501	t	a	isoft-p2p	iSoft-P2P					
3501	u	a	isoft-p2p	iSoft-P2P					
3502	t	a	avinstalldisc	Avocent Install Discovery					
3502	u	a	avinstalldisc	Avocent Install Discovery					
3503	t	a	lsp-ping	MPLS LSP-echo Port	RFC8029				
3503	u	a	lsp-ping	MPLS LSP-echo Port	RFC8029				
3504	t	a	ironstorm	IronStorm game server					
3504	u	a	ironstorm	IronStorm game server					
3505	t	a	ccmcomm	CCM communications port					
3505	u	a	ccmcomm	CCM communications port					
3506	t	a	apc-3506	APC 3506					
3506	u	a	apc-3506	APC 3506					
3507	t	a	nesh-broker	Nesh Broker Port					
3507	u	a	nesh-broker	Nesh Broker Port					
3508	t	a	interactionweb	Interaction Web					
3508	u	a	interactionweb	Interaction Web					
3509	t	a	vt-ssl	Virtual Token SSL Port				2002-05	
3509	u	a	vt-ssl	Virtual Token SSL Port				2002-05	
3510	t	a	xss-port	XSS Port				2002-05	
3510	u	a	xss-port	XSS Port				2002-05	
3511	t	a	webmail-2	WebMail/2				2002-05	
3511	u	a	webmail-2	WebMail/2				2002-05	
3512	t	a	aztec	Aztec Distribution Port				2002-05	
3512	u	a	aztec	Aztec Distribution Port				2002-05	
3513	t	a	arcpd	Adaptec Remote Protocol				2002-05	
3513	u	a	arcpd	Adaptec Remote Protocol				2002-05	
3514	t	a	must-p2p	MUST Peer to Peer					
3514	u	a	must-p2p	MUST Peer to Peer					
3515	t	a	must-backplane	MUST Backplane				2002-05	
3515	u	a	must-backplane	MUST Backplane				2002-05	
3516	t	a	smartcard-port	Smartcard Port				2002-05	
3516	u	a	smartcard-port	Smartcard Port				2002-05	
3517	t	a	802-11-iapp	IEEE 802.11 WLANs WG IAPP				2002-05	
3517	u	a	802-11-iapp	IEEE 802.11 WLANs WG IAPP				2002-05	
3518	t	a	artifact-msg	Artifact Message Server				2002-06	
3518	u	a	artifact-msg	Artifact Message Server				2002-06	
3519	t	a	nvmsgd	Netvion Messenger Port					
3519	u	a	galileo	Netvion Galileo Port					
3520	t	a	galileolog	Netvion Galileo Log Port				2002-06	
3520	u	a	galileolog	Netvion Galileo Log Port				2002-06	
3521	t	a	mc3ss	Telequip Labs MC3SS				2002-06	
3521	u	a	mc3ss	Telequip Labs MC3SS				2002-06	
3522	t	a	nssocketport	DO over NSSocketPort				2002-06	
3522	u	a	nssocketport	DO over NSSocketPort				2002-06	
3523	t	a	odeumservlink	Odeum Serverlink				2002-06	
3523	u	a	odeumservlink	Odeum Serverlink				2002-06	
3524	t	a	ecmport	ECM Server port					
3524	u	a	ecmport	ECM Server port					
3525	t	a	eisport	EIS Server port				2002-06	
3525	u	a	eisport	EIS Server port				2002-06	
3526	t	a	starquiz-port	starQuiz Port				2002-06	
3526	u	a	starquiz-port	starQuiz Port				2002-06	
3527	t	a	beserver-msg-q	VERITAS Backup Exec Server				2002-06	
3527	u	a	beserver-msg-q	VERITAS Backup Exec Server				2002-06	
3528	t	a	jboss-iiop	JBoss IIOP					
3528	u	a	jboss-iiop	JBoss IIOP					
3529	t	a	jboss-iiop-ssl	JBoss IIOP/SSL				2002-06	
3529	u	a	jboss-iiop-ssl	JBoss IIOP/SSL				2002-06	
3530	t	a	gf	Grid Friendly				2002-06	
3530	u	a	gf	Grid Friendly				2002-06	
3531	t	a	joltid	Joltid				2002-06	
3531	u	a	joltid	Joltid				2002-06	
3532	t	a	raven-rmp	Raven Remote Management Control					
3532	u	a	raven-rmp	Raven Remote Management Control					
3533	t	a	raven-rdp	Raven Remote Management Data				2002-06	
3533	u	a	raven-rdp	Raven Remote Management Data				2002-06	
3534	t	a	urld-port	URL Daemon Port				2002-06	
3534	u	a	urld-port	URL Daemon Port				2002-06	
3535	t	a	ms-la	MS-LA					
3535	u	a	ms-la	MS-LA					
3536	t	a	snac	SNAC				2002-07	
3536	u	a	snac	SNAC				2002-07	
3537	t	a	ni-visa-remote	Remote NI-VISA port				2002-07	
3537	u	a	ni-visa-remote	Remote NI-VISA port				2002-07	
3538	t	a	ibm-diradm	IBM Directory Server					
3538	u	a	ibm-diradm	IBM Directory Server					
3539	t	a	ibm-diradm-ssl	IBM Directory Server SSL				2002-07	
3539	u	a	ibm-diradm-ssl	IBM Directory Server SSL				2002-07	
3540	t	a	pnrp-port	PNRP User Port				2002-07	
3540	u	a	pnrp-port	PNRP User Port				2002-07	
3541	t	a	voispeed-port	VoiSpeed Port				2002-07	
3541	u	a	voispeed-port	VoiSpeed Port				2002-07	
3542	t	a	hacl-monitor	HA cluster monitor				2002-07	
3542	u	a	hacl-monitor	HA cluster monitor				2002-07	
3543	t	a	qftest-lookup	qftest Lookup Port				2002-07	
3543	u	a	qftest-lookup	qftest Lookup Port				2002-07	
3544	t	a	teredo	Teredo Port	RFC4380				
3544	u	a	teredo	Teredo Port	RFC4380				
3545	t	a	camac	CAMAC equipment				2002-07	
3545	u	a	camac	CAMAC equipment				2002-07	
3546	tu	u		Unassigned					2002-09
3547	t	a	symantec-sim	Symantec SIM				2002-07	
3547	u	a	symantec-sim	Symantec SIM				2002-07	
3548	t	a	interworld	Interworld				2002-07	
3548	u	a	interworld	Interworld				2002-07	
3549	t	a	tellumat-nms	Tellumat MDR NMS				2002-07	
3549	u	a	tellumat-nms	Tellumat MDR NMS				2002-07	
3550	t	a	ssmpp	Secure SMPP				2002-07	
3550	u	a	ssmpp	Secure SMPP				2002-07	
3551	t	a	apcupsd	Apcupsd Information Port				2002-07	
3551	u	a	apcupsd	Apcupsd Information Port				2002-07	
3552	t	a	taserver	TeamAgenda Server Port				2002-07	
3552	u	a	taserver	TeamAgenda Server Port				2002-07	
3553	t	a	rbr-discovery	Red Box Recorder ADP				2002-07	
3553	u	a	rbr-discovery	Red Box Recorder ADP				2002-07	
3554	t	a	questnotify	Quest Notification Server				2002-07	
3554	u	a	questnotify	Quest Notification Server				2002-07	
3555	t	a	razor	Vipul's Razor				2002-07	
3555	u	a	razor	Vipul's Razor				2002-07	
3556	t	a	sky-transport	Sky Transport Protocol				2002-07	
3556	u	a	sky-transport	Sky Transport Protocol				2002-07	
3557	t	a	personalos-001	PersonalOS Comm Port				2002-07	
3557	u	a	personalos-001	PersonalOS Comm Port				2002-07	
3558	t	a	mcp-port	MCP user port				2002-07	
3558	u	a	mcp-port	MCP user port				2002-07	
3559	t	a	cctv-port	CCTV control port				2002-07	
3559	u	a	cctv-port	CCTV control port				2002-07	
3560	t	a	iniserve-port	INIServe port				2002-08	
3560	u	a	iniserve-port	INIServe port				2002-08	
3561	t	a	bmc-onekey	BMC-OneKey				2002-08	
3561	u	a	bmc-onekey	BMC-OneKey				2002-08	
3562	t	a	sdbproxy	SDBProxy				2002-08	
3562	u	a	sdbproxy	SDBProxy				2002-08	
3563	t	a	watcomdebug	Watcom Debug					
3563	u	a	watcomdebug	Watcom Debug					
3564	t	a	esimport	Electromed SIM port				2002-08	
3564	u	a	esimport	Electromed SIM port				2002-08	
3565	t	a	m2pa	M2PA	RFC4165				
3565	u	r		Reserved					
3565	s	a	m2pa	M2PA	RFC4165				
3566	t	a	quest-data-hub	Quest Data Hub				2010-10-18	
3566	u	r		Reserved					2010-10-18
3567	t	a	dof-eps	DOF Protocol Stack				2002-08	2015-04-23
3567	u	a	dof-eps	DOF Protocol Stack				2002-08	2015-04-23
3568	t	a	dof-tunnel-sec	DOF Secure Tunnel				2003-01	2015-04-23
3568	u	a	dof-tunnel-sec	DOF Secure Tunnel				2003-01	2015-04-23
3569	t	a	mbg-ctrl	Meinberg Control Service				2002-08	2019-04-23
3569	u	a	mbg-ctrl	Meinberg Control Service				2002-08	2019-04-23
3570	t	a	mccwebsvr-port	MCC Web Server Port					
3570	u	a	mccwebsvr-port	MCC Web Server Port					
3571	t	a	megardsvr-port	MegaRAID Server Port					
3571	u	a	megardsvr-port	MegaRAID Server Port					
3572	t	a	megaregsvrport	Registration Server Port				2002-08	
3572	u	a	megaregsvrport	Registration Server Port				2002-08	
3573	t	a	tag-ups-1	Advantage Group UPS Suite				2002-08	
3573	u	a	tag-ups-1	Advantage Group UPS Suite				2002-08	
3574	t	a	dmaf-server	DMAF Server					
3574	u	a	dmaf-caster	DMAF Caster				2002-08	
3575	t	a	ccm-port	Coalsere CCM Port					
3575	u	a	ccm-port	Coalsere CCM Port					
3576	t	a	cmc-port	Coalsere CMC Port				2002-08	
3576	u	a	cmc-port	Coalsere CMC Port				2002-08	
3577	t	a	config-port	Configuration Port					
3577	u	a	config-port	Configuration Port					
3578	t	a	data-port	Data Port				2002-08	
3578	u	a	data-port	Data Port				2002-08	
3579	t	a	ttat3lb	Tarantella Load Balancing				2002-08	
3579	u	a	ttat3lb	Tarantella Load Balancing				2002-08	
3580	t	a	nati-svrloc	NATI-ServiceLocator				2002-08	
3580	u	a	nati-svrloc	NATI-ServiceLocator				2002-08	
3581	t	a	kfxaclicensing	Ascent Capture Licensing				2002-08	
3581	u	a	kfxaclicensing	Ascent Capture Licensing				2002-08	
3582	t	a	press	PEG PRESS Server				2002-08	
3582	u	a	press	PEG PRESS Server				2002-08	
3583	t	a	canex-watch	CANEX Watch System				2002-08	
3583	u	a	canex-watch	CANEX Watch System				2002-08	
3584	t	a	u-dbap	U-DBase Access Protocol				2002-08	
3584	u	a	u-dbap	U-DBase Access Protocol				2002-08	
3585	t	a	emprise-lls	Emprise License Server					
3585	u	a	emprise-lls	Emprise License Server					
3586	t	a	emprise-lsc	License Server Console				2002-08	
3586	u	a	emprise-lsc	License Server Console				2002-08	
3587	t	a	p2pgroup	Peer to Peer Grouping				2002-08	
3587	u	a	p2pgroup	Peer to Peer Grouping				2002-08	
3588	t	a	sentinel	Sentinel Server				2002-08	
3588	u	a	sentinel	Sentinel Server				2002-08	
3589	t	a	isomair	isomair				2002-08	
3589	u	a	isomair	isomair				2002-08	
3590	t	a	wv-csp-sms	WV CSP SMS Binding				2002-08	
3590	u	a	wv-csp-sms	WV CSP SMS Binding				2002-08	
3591	t	a	gtrack-server	LOCANIS G-TRACK Server					
3591	u	a	gtrack-server	LOCANIS G-TRACK Server					
3592	t	a	gtrack-ne	LOCANIS G-TRACK NE Port				2002-08	
3592	u	a	gtrack-ne	LOCANIS G-TRACK NE Port				2002-08	
3593	t	a	bpmd	BP Model Debugger				2002-09	
3593	u	a	bpmd	BP Model Debugger				2002-09	
3594	t	a	mediaspace	MediaSpace					
3594	u	a	mediaspace	MediaSpace					
3595	t	a	shareapp	ShareApp				2002-09	
3595	u	a	shareapp	ShareApp				2002-09	
3596	t	a	iw-mmogame	Illusion Wireless MMOG				2002-09	
3596	u	a	iw-mmogame	Illusion Wireless MMOG				2002-09	
3597	t	a	a14	A14 (AN-to-SC/MM)					
3597	u	a	a14	A14 (AN-to-SC/MM)					
3598	t	a	a15	A15 (AN-to-AN)				2002-09	
3598	u	a	a15	A15 (AN-to-AN)				2002-09	
3599	t	a	quasar-server	Quasar Accounting Server				2002-09	
3599	u	a	quasar-server	Quasar Accounting Server				2002-09	
3600	t	a	trap-daemon	text relay-answer				2002-09	2017-07-26
3600	u	a	trap-daemon	text relay-answer				2002-09	2017-07-26
3601	t	a	visinet-gui	Visinet Gui				2002-09	
3601	u	a	visinet-gui	Visinet Gui				2002-09	
3602	t	a	infiniswitchcl	InfiniSwitch Mgr Client				2002-09	
3602	u	a	infiniswitchcl	InfiniSwitch Mgr Client				2002-09	
3603	t	a	int-rcv-cntrl	Integrated Rcvr Control				2002-09	
3603	u	a	int-rcv-cntrl	Integrated Rcvr Control				2002-09	
3604	t	a	bmc-jmx-port	BMC JMX Port				2002-09	
3604	u	a	bmc-jmx-port	BMC JMX Port				2002-09	
3605	t	a	comcam-io	ComCam IO Port				2002-09	
3605	u	a	comcam-io	ComCam IO Port				2002-09	
3606	t	a	splitlock	Splitlock Server				2002-09	
3606	u	a	splitlock	Splitlock Server				2002-09	
3607	t	a	precise-i3	Precise I3				2002-09	
3607	u	a	precise-i3	Precise I3				2002-09	
3608	t	a	trendchip-dcp	Trendchip control protocol				2002-09	
3608	u	a	trendchip-dcp	Trendchip control protocol				2002-09	
3609	t	a	cpdi-pidas-cm	CPDI PIDAS Connection Mon				2002-09	
3609	u	a	cpdi-pidas-cm	CPDI PIDAS Connection Mon				2002-09	
3610	t	a	echonet	ECHONET				2002-09	
3610	u	a	echonet	ECHONET				2002-09	
3611	t	a	six-degrees	Six Degrees Port				2002-09	
3611	u	a	six-degrees	Six Degrees Port				2002-09	
3612	t	a	dataprotector	Micro Focus Data Protector				2002-09	2019-09-30
3612	u	a	dataprotector	Micro Focus Data Protector				2002-09	2019-09-30
3613	t	a	alaris-disc	Alaris Device Discovery				2004-06	
3613	u	a	alaris-disc	Alaris Device Discovery				2004-06	
3614	t	a	sigma-port	Satchwell Sigma				2011-06-06	
3614	u	a	sigma-port	Satchwell Sigma				2011-06-06	
3615	t	a	start-network	Start Messaging Network				2002-10	
3615	u	a	start-network	Start Messaging Network				2002-10	
3616	t	a	cd3o-protocol	cd3o Control Protocol				2002-10	
3616	u	a	cd3o-protocol	cd3o Control Protocol				2002-10	
3617	t	a	sharp-server	ATI SHARP Logic Engine					
3617	u	a	sharp-server	ATI SHARP Logic Engine					
3618	t	a	aairnet-1	AAIR-Network 1					
3618	u	a	aairnet-1	AAIR-Network 1					
3619	t	a	aairnet-2	AAIR-Network 2				2002-10	
3619	u	a	aairnet-2	AAIR-Network 2				2002-10	
3620	t	a	ep-pcp	EPSON Projector Control Port					
3620	u	a	ep-pcp	EPSON Projector Control Port					
3621	t	a	ep-nsp	EPSON Network Screen Port				2002-10	
3621	u	a	ep-nsp	EPSON Network Screen Port				2002-10	
3622	t	a	ff-lr-port	FF LAN Redundancy Port				2002-10	
3622	u	a	ff-lr-port	FF LAN Redundancy Port				2002-10	
3623	t	a	haipe-discover	HAIPIS Dynamic Discovery				2002-10	
3623	u	a	haipe-discover	HAIPIS Dynamic Discovery				2002-10	
3624	t	a	dist-upgrade	Distributed Upgrade Port				2002-10	
3624	u	a	dist-upgrade	Distributed Upgrade Port				2002-10	
3625	t	a	volley	Volley				2002-10	
3625	u	a	volley	Volley				2002-10	
3626	t	a	bvcdaemon-port	bvControl Daemon				2002-10	
3626	u	a	bvcdaemon-port	bvControl Daemon				2002-10	
3627	t	a	jamserverport	Jam Server Port				2002-10	
3627	u	a	jamserverport	Jam Server Port				2002-10	
3628	t	a	ept-machine	EPT Machine Interface				2002-10	
3628	u	a	ept-machine	EPT Machine Interface				2002-10	
3629	t	a	escvpnet	ESC/VP.net				2002-10	
3629	u	a	escvpnet	ESC/VP.net				2002-10	
3630	t	a	cs-remote-db	C&S Remote Database Port					
3630	u	a	cs-remote-db	C&S Remote Database Port					
3631	t	a	cs-services	C&S Web Services Port				2002-10	
3631	u	a	cs-services	C&S Web Services Port				2002-10	
3632	t	a	distcc	distributed compiler		Defined TXT keys: None		2002-11	
3632	u	a	distcc	distributed compiler		Defined TXT keys: None		2002-11	
3633	t	a	wacp	Wyrnix AIS port				2002-11	
3633	u	a	wacp	Wyrnix AIS port				2002-11	
3634	t	a	hlibmgr	hNTSP Library Manager				2002-11	
3634	u	a	hlibmgr	hNTSP Library Manager				2002-11	
3635	t	a	sdo	Simple Distributed Objects				2002-11	
3635	u	a	sdo	Simple Distributed Objects				2002-11	
3636	t	a	servistaitsm	SerVistaITSM				2002-11	
3636	u	a	servistaitsm	SerVistaITSM				2002-11	
3637	t	a	scservp	Customer Service Port				2002-11	
3637	u	a	scservp	Customer Service Port				2002-11	
3638	t	a	ehp-backup	EHP Backup Protocol				2002-11	
3638	u	a	ehp-backup	EHP Backup Protocol				2002-11	
3639	t	a	xap-ha	Extensible Automation				2002-11	
3639	u	a	xap-ha	Extensible Automation				2002-11	
3640	t	a	netplay-port1	Netplay Port 1					
3640	u	a	netplay-port1	Netplay Port 1					
3641	t	a	netplay-port2	Netplay Port 2				2002-11	
3641	u	a	netplay-port2	Netplay Port 2				2002-11	
3642	t	a	juxml-port	Juxml Replication port				2002-11	
3642	u	a	juxml-port	Juxml Replication port				2002-11	
3643	t	a	audiojuggler	AudioJuggler				2002-11	
3643	u	a	audiojuggler	AudioJuggler				2002-11	
3644	t	a	ssowatch	ssowatch				2002-11	
3644	u	a	ssowatch	ssowatch				2002-11	
3645	t	a	cyc	Cyc				2003-01	
3645	u	a	cyc	Cyc				2003-01	
3646	t	a	xss-srv-port	XSS Server Port				2003-01	
3646	u	a	xss-srv-port	XSS Server Port				2003-01	
3647	t	a	splitlock-gw	Splitlock Gateway				2003-01	
3647	u	a	splitlock-gw	Splitlock Gateway				2003-01	
3648	t	a	fjcp	Fujitsu Cooperation Port				2003-01	
3648	u	a	fjcp	Fujitsu Cooperation Port				2003-01	
3649	t	a	nmmp	Nishioka Miyuki Msg Protocol				2003-01	
3649	u	a	nmmp	Nishioka Miyuki Msg Protocol				2003-01	
3650	t	a	prismiq-plugin	PRISMIQ VOD plug-in				2003-01	
3650	u	a	prismiq-plugin	PRISMIQ VOD plug-in				2003-01	
3651	t	a	xrpc-registry	XRPC Registry				2003-01	
3651	u	a	xrpc-registry	XRPC Registry				2003-01	
3652	t	a	vxcrnbuport	VxCR NBU Default Port				2003-01	
3652	u	a	vxcrnbuport	VxCR NBU Default Port				2003-01	
3653	t	a	tsp	Tunnel Setup Protocol	RFC5572			2003-01	
3653	u	a	tsp	Tunnel Setup Protocol	RFC5572			2003-01	
3654	t	a	vaprtm	VAP RealTime Messenger				2003-01	
3654	u	a	vaprtm	VAP RealTime Messenger				2003-01	
3655	t	a	abatemgr	ActiveBatch Exec Agent					
3655	u	a	abatemgr	ActiveBatch Exec Agent					
3656	t	a	abatjss	ActiveBatch Job Scheduler				2003-01	
3656	u	a	abatjss	ActiveBatch Job Scheduler				2003-01	
3657	t	a	immedianet-bcn	ImmediaNet Beacon				2003-01	
3657	u	a	immedianet-bcn	ImmediaNet Beacon				2003-01	
3658	t	a	ps-ams	PlayStation AMS (Secure)				2003-01	
3658	u	a	ps-ams	PlayStation AMS (Secure)				2003-01	
3659	t	a	apple-sasl	Apple SASL				2003-01	
3659	u	a	apple-sasl	Apple SASL				2003-01	
3660	t	a	can-nds-ssl	IBM Tivoli Directory Service using SSL					
3660	u	a	can-nds-ssl	IBM Tivoli Directory Service using SSL					
3661	t	a	can-ferret-ssl	IBM Tivoli Directory Service using SSL				2003-01	
3661	u	a	can-ferret-ssl	IBM Tivoli Directory Service using SSL				2003-01	
3662	t	a	pserver	pserver				2003-01	
3662	u	a	pserver	pserver				2003-01	
3663	t	a	dtp	DIRECWAY Tunnel Protocol				2003-01	
3663	u	a	dtp	DIRECWAY Tunnel Protocol				2003-01	
3664	t	a	ups-engine	UPS Engine Port					
3664	u	a	ups-engine	UPS Engine Port					
3665	t	a	ent-engine	Enterprise Engine Port				2003-01	
3665	u	a	ent-engine	Enterprise Engine Port				2003-01	
3666	t	a	eserver-pap	IBM eServer PAP				2003-01	
3666	u	a	eserver-pap	IBM EServer PAP				2003-01	
3667	t	a	infoexch	IBM Information Exchange				2003-01	
3667	u	a	infoexch	IBM Information Exchange				2003-01	
3668	t	a	dell-rm-port	Dell Remote Management				2003-01	
3668	u	a	dell-rm-port	Dell Remote Management				2003-01	
3669	t	a	casanswmgmt	CA SAN Switch Management				2003-01	
3669	u	a	casanswmgmt	CA SAN Switch Management				2003-01	
3670	t	a	smile	SMILE TCP/UDP Interface				2003-01	
3670	u	a	smile	SMILE TCP/UDP Interface				2003-01	
3671	t	a	efcp	e Field Control (EIBnet)				2003-01	
3671	u	a	efcp	e Field Control (EIBnet)				2003-01	
3672	t	a	lispworks-orb	LispWorks ORB					
3672	u	a	lispworks-orb	LispWorks ORB					
3673	t	a	mediavault-gui	Openview Media Vault GUI				2003-01	
3673	u	a	mediavault-gui	Openview Media Vault GUI				2003-01	
3674	t	a	wininstall-ipc	WinINSTALL IPC Port				2008-08-13	
3674	u	a	wininstall-ipc	WinINSTALL IPC Port				2008-08-13	
3675	t	a	calltrax	CallTrax Data Port				2003-01	
3675	u	a	calltrax	CallTrax Data Port				2003-01	
3676	t	a	va-pacbase	VisualAge Pacbase server				2003-01	
3676	u	a	va-pacbase	VisualAge Pacbase server				2003-01	
3677	t	a	roverlog	RoverLog IPC				2003-01	
3677	u	a	roverlog	RoverLog IPC				2003-01	
3678	t	a	ipr-dglt	DataGuardianLT				2003-01	
3678	u	a	ipr-dglt	DataGuardianLT				2003-01	
3679	t	a	newton-dock	Newton Dock					2025-01-23
3679	u	a	newton-dock	Newton Dock					2025-01-23
3680	t	a	npds-tracker	NPDS Tracker				2003-01	
3680	u	a	npds-tracker	NPDS Tracker				2003-01	
3681	t	a	bts-x73	BTS X73 Port				2003-01	
3681	u	a	bts-x73	BTS X73 Port				2003-01	
3682	t	a	cas-mapi	EMC SmartPackets-MAPI				2003-01	
3682	u	a	cas-mapi	EMC SmartPackets-MAPI				2003-01	
3683	t	a	bmc-ea	BMC EDV/EA				2003-01	
3683	u	a	bmc-ea	BMC EDV/EA				2003-01	
3684	t	a	faxstfx-port	FAXstfX				2003-01	
3684	u	a	faxstfx-port	FAXstfX				2003-01	
3685	t	a	dsx-agent	DS Expert Agent				2008-12-16	
3685	u	a	dsx-agent	DS Expert Agent				2008-12-16	
3686	t	a	tnmpv2	Trivial Network Management				2003-01	
3686	u	a	tnmpv2	Trivial Network Management				2003-01	
3687	t	a	simple-push	simple-push					
3687	u	a	simple-push	simple-push					
3688	t	a	simple-push-s	simple-push Secure				2003-01	
3688	u	a	simple-push-s	simple-push Secure				2003-01	
3689	t	a	daap	Digital Audio Access Protocol (iTunes)		Defined TXT keys: txtvers, Version, iTSh Version, Machine ID, Database ID, Machine Name, Password		2003-01	
3689	u	a	daap	Digital Audio Access Protocol (iTunes)		Defined TXT keys: txtvers, Version, iTSh Version, Machine ID, Database ID, Machine Name, Password		2003-01	
3690	t	a	svn	Subversion				2003-01	
3690	u	a	svn	Subversion				2003-01	
3691	t	a	magaya-network	Magaya Network Port				2003-02	
3691	u	a	magaya-network	Magaya Network Port				2003-02	
3692	t	a	intelsync	Brimstone IntelSync				2003-02	
3692	u	a	intelsync	Brimstone IntelSync				2003-02	
3693	t	a	easl	Emergency Automatic Structure Lockdown System		This port was previously removed on 2007-04-05.		2014-11-26	
3693	u	r		Reserved		This port was previously removed on 2007-04-05.			2014-11-26
3694	tu	u		Unassigned					2007-04-05
3695	t	a	bmc-data-coll	BMC Data Collection				2003-02	
3695	u	a	bmc-data-coll	BMC Data Collection				2003-02	
3696	t	a	telnetcpcd	Telnet Com Port Control				2003-02	
3696	u	a	telnetcpcd	Telnet Com Port Control				2003-02	
3697	t	a	nw-license	NavisWorks License System				2003-02	
3697	u	a	nw-license	NavisWorks License System				2003-02	
3698	t	a	sagectlpanel	SAGECTLPANEL				2003-02	
3698	u	a	sagectlpanel	SAGECTLPANEL				2003-02	
3699	t	a	kpn-icw	Internet Call Waiting				2003-02	
3699	u	a	kpn-icw	Internet Call Waiting				2003-02	
3700	t	a	lrs-paging	LRS NetPage				2003-02	
3700	u	a	lrs-paging	LRS NetPage				2003-02	
3701	t	a	netcelera	NetCelera				2003-02	
3701	u	a	netcelera	NetCelera				2003-02	
3702	t	a	ws-discovery	Web Service Discovery				2003-02	
3702	u	a	ws-discovery	Web Service Discovery				2003-02	
3703	t	a	adobeserver-3	Adobe Server 3					
3703	u	a	adobeserver-3	Adobe Server 3					
3704	t	a	adobeserver-4	Adobe Server 4				2003-01	
3704	u	a	adobeserver-4	Adobe Server 4				2003-01	
3705	t	a	adobeserver-5	Adobe Server 5				2008-01-14	
3705	u	a	adobeserver-5	Adobe Server 5				2008-01-14	
3706	t	a	rt-event	Real-Time Event Port					
3706	u	a	rt-event	Real-Time Event Port					
3707	t	a	rt-event-s	Real-Time Event Secure Port				2003-02	
3707	u	a	rt-event-s	Real-Time Event Secure Port				2003-02	
3708	t	a	sun-as-iiops	Sun App Svr - Naming				2005-11	
3708	u	a	sun-as-iiops	Sun App Svr - Naming				2005-11	
3709	t	a	ca-idms	CA-IDMS Server					
3709	u	a	ca-idms	CA-IDMS Server					
3710	t	a	portgate-auth	PortGate Authentication				2003-02	
3710	u	a	portgate-auth	PortGate Authentication				2003-02	
3711	t	a	edb-server2	EBD Server 2				2003-02	
3711	u	a	edb-server2	EBD Server 2				2003-02	
3712	t	a	sentinel-ent	Sentinel Enterprise				2003-03	
3712	u	a	sentinel-ent	Sentinel Enterprise				2003-03	
3713	t	a	tftps	TFTP over TLS				2003-03	
3713	u	a	tftps	TFTP over TLS				2003-03	
3714	t	a	delos-dms	DELOS Direct Messaging				2003-03	
3714	u	a	delos-dms	DELOS Direct Messaging				2003-03	
3715	t	a	anoto-rendezv	Anoto Rendezvous Port				2003-03	
3715	u	a	anoto-rendezv	Anoto Rendezvous Port				2003-03	
3716	t	a	wv-csp-sms-cir	WV CSP SMS CIR Channel					
3716	u	a	wv-csp-sms-cir	WV CSP SMS CIR Channel					
3717	t	a	wv-csp-udp-cir	WV CSP UDP/IP CIR Channel				2003-03	
3717	u	a	wv-csp-udp-cir	WV CSP UDP/IP CIR Channel				2003-03	
3718	t	a	opus-services	OPUS Server Port				2003-03	
3718	u	a	opus-services	OPUS Server Port				2003-03	
3719	t	a	itelserverport	iTel Server Port				2003-03	
3719	u	a	itelserverport	iTel Server Port				2003-03	
3720	t	a	ufastro-instr	UF Astro. Instr. Services				2003-03	
3720	u	a	ufastro-instr	UF Astro. Instr. Services				2003-03	
3721	t	a	xsync	Xsync					
3721	u	a	xsync	Xsync					
3722	t	a	xserveraid	Xserve RAID				2003-03	
3722	u	a	xserveraid	Xserve RAID				2003-03	
3723	t	a	sychrond	Sychron Service Daemon				2003-03	
3723	u	a	sychrond	Sychron Service Daemon				2003-03	
3724	t	a	blizwow	World of Warcraft				2005-04	
3724	u	a	blizwow	World of Warcraft				2005-04	
3725	t	a	na-er-tip	Netia NA-ER Port				2003-04	
3725	u	a	na-er-tip	Netia NA-ER Port				2003-04	
3726	t	a	array-manager	Xyratex Array Manager				2003-04	
3726	u	a	array-manager	Xyratex Array Manager				2003-04	
3727	t	a	e-mdu	Ericsson Mobile Data Unit					
3727	u	a	e-mdu	Ericsson Mobile Data Unit					
3728	t	a	e-woa	Ericsson Web on Air				2003-04	
3728	u	a	e-woa	Ericsson Web on Air				2003-04	
3729	t	a	fksp-audit	Fireking Audit Port				2003-04	
3729	u	a	fksp-audit	Fireking Audit Port				2003-04	
3730	t	a	client-ctrl	Client Control				2003-04	
3730	u	a	client-ctrl	Client Control				2003-04	
3731	t	a	smap	Service Manager					
3731	u	a	smap	Service Manager					
3732	t	a	m-wnn	Mobile Wnn				2003-04	
3732	u	a	m-wnn	Mobile Wnn				2003-04	
3733	t	a	multip-msg	Multipuesto Msg Port				2003-04	
3733	u	a	multip-msg	Multipuesto Msg Port				2003-04	
3734	t	a	synel-data	Synel Data Collection Port				2003-04	
3734	u	a	synel-data	Synel Data Collection Port				2003-04	
3735	t	a	pwdis	Password Distribution				2003-04	
3735	u	a	pwdis	Password Distribution				2003-04	
3736	t	a	rs-rmi	RealSpace RMI				2003-04	
3736	u	a	rs-rmi	RealSpace RMI				2003-04	
3737	t	a	xpanel	XPanel Daemon				2009-03-04	
3737	u	r		Reserved					
3738	t	a	versatalk	versaTalk Server Port				2003-04	
3738	u	a	versatalk	versaTalk Server Port				2003-04	
3739	t	a	launchbird-lm	Launchbird LicenseManager				2003-04	
3739	u	a	launchbird-lm	Launchbird LicenseManager				2003-04	
3740	t	a	heartbeat	Heartbeat Protocol				2003-04	
3740	u	a	heartbeat	Heartbeat Protocol				2003-04	
3741	t	a	wysdma	WysDM Agent				2003-04	
3741	u	a	wysdma	WysDM Agent				2003-04	
3742	t	a	cst-port	CST - Configuration & Service Tracker				2003-04	
3742	u	a	cst-port	CST - Configuration & Service Tracker				2003-04	
3743	t	a	ipcs-command	IP Control Systems Ltd.				2003-04	
3743	u	a	ipcs-command	IP Control Systems Ltd.				2003-04	
3744	t	a	sasg	SASG				2003-04	
3744	u	a	sasg	SASG				2003-04	
3745	t	a	gw-call-port	GWRTC Call Port				2003-04	
3745	u	a	gw-call-port	GWRTC Call Port				2003-04	
3746	t	a	linktest	LXPRO.COM LinkTest					
3746	u	a	linktest	LXPRO.COM LinkTest					
3747	t	a	linktest-s	LXPRO.COM LinkTest SSL				2003-04	
3747	u	a	linktest-s	LXPRO.COM LinkTest SSL				2003-04	
3748	t	a	webdata	webData				2003-04	
3748	u	a	webdata	webData				2003-04	
3749	t	a	cimtrak	CimTrak				2003-04	
3749	u	a	cimtrak	CimTrak				2003-04	
3750	t	a	cbos-ip-port	CBOS/IP ncapsalation port				2003-04	
3750	u	a	cbos-ip-port	CBOS/IP ncapsalation port				2003-04	
3751	t	a	gprs-cube	CommLinx GPRS Cube				2003-04	
3751	u	a	gprs-cube	CommLinx GPRS Cube				2003-04	
3752	t	a	vipremoteagent	Vigil-IP RemoteAgent				2003-04	
3752	u	a	vipremoteagent	Vigil-IP RemoteAgent				2003-04	
3753	t	a	nattyserver	NattyServer Port				2003-04	
3753	u	a	nattyserver	NattyServer Port				2003-04	
3754	t	a	timestenbroker	TimesTen Broker Port				2003-04	
3754	u	a	timestenbroker	TimesTen Broker Port				2003-04	
3755	t	a	sas-remote-hlp	SAS Remote Help Server				2003-04	
3755	u	a	sas-remote-hlp	SAS Remote Help Server				2003-04	
3756	t	a	canon-capt	Canon CAPT Port				2003-04	
3756	u	a	canon-capt	Canon CAPT Port				2003-04	
3757	t	a	grf-port	GRF Server Port				2003-04	
3757	u	a	grf-port	GRF Server Port				2003-04	
3758	t	a	apw-registry	apw RMI registry				2003-04	
3758	u	a	apw-registry	apw RMI registry				2003-04	
3759	t	a	exapt-lmgr	Exapt License Manager				2003-04	
3759	u	a	exapt-lmgr	Exapt License Manager				2003-04	
3760	t	a	adtempusclient	adTempus Client				2003-05	
3760	u	a	adtempusclient	adTEmpus Client				2003-05	
3761	t	a	gsakmp	gsakmp port	RFC4535				
3761	u	a	gsakmp	gsakmp port	RFC4535				
3762	t	a	gbs-smp	GBS SnapMail Protocol				2003-06	
3762	u	a	gbs-smp	GBS SnapMail Protocol				2003-06	
3763	t	a	xo-wave	XO Wave Control Port				2003-06	
3763	u	a	xo-wave	XO Wave Control Port				2003-06	
3764	t	a	mni-prot-rout	MNI Protected Routing				2003-06	
3764	u	a	mni-prot-rout	MNI Protected Routing				2003-06	
3765	t	a	rtraceroute	Remote Traceroute				2003-06	
3765	u	a	rtraceroute	Remote Traceroute				2003-06	
3766	t	a	sitewatch-s	SSL e-watch sitewatch server		this port was previously updated on 2009-06-19		2014-05-13	
3766	u	r		Reserved		this port was previously updated on 2009-06-19			
3767	t	a	listmgr-port	ListMGR Port				2003-06	
3767	u	a	listmgr-port	ListMGR Port				2003-06	
3768	t	a	rblcheckd	rblcheckd server daemon				2003-06	
3768	u	a	rblcheckd	rblcheckd server daemon				2003-06	
3769	t	a	haipe-otnk	HAIPE Network Keying				2003-06	
3769	u	a	haipe-otnk	HAIPE Network Keying				2003-06	
3770	t	a	cindycollab	Cinderella Collaboration				2003-06	
3770	u	a	cindycollab	Cinderella Collaboration				2003-06	
3771	t	a	paging-port	RTP Paging Port				2003-06	
3771	u	a	paging-port	RTP Paging Port				2003-06	
3772	t	a	ctp	Chantry Tunnel Protocol				2003-06	
3772	u	a	ctp	Chantry Tunnel Protocol				2003-06	
3773	t	a	ctdhercules	ctdhercules				2003-06	
3773	u	a	ctdhercules	ctdhercules				2003-06	
3774	t	a	zicom	ZICOM				2003-06	
3774	u	a	zicom	ZICOM				2003-06	
3775	t	a	ispmmgr	ISPM Manager Port				2003-06	
3775	u	a	ispmmgr	ISPM Manager Port				2003-06	
3776	t	a	dvcprov-port	Device Provisioning Port				2003-06	
3776	u	a	dvcprov-port	Device Provisioning Port				2003-06	
3777	t	a	jibe-eb	Jibe EdgeBurst				2003-06	
3777	u	a	jibe-eb	Jibe EdgeBurst				2003-06	
3778	t	a	c-h-it-port	Cutler-Hammer IT Port				2003-06	
3778	u	a	c-h-it-port	Cutler-Hammer IT Port				2003-06	
3779	t	a	cognima	Cognima Replication				2003-06	
3779	u	a	cognima	Cognima Replication				2003-06	
3780	t	a	nnp	Nuzzler Network Protocol				2003-06	
3780	u	a	nnp	Nuzzler Network Protocol				2003-06	
3781	t	a	abcvoice-port	ABCvoice server port				2003-06	
3781	u	a	abcvoice-port	ABCvoice server port				2003-06	
3782	t	a	iso-tp0s	Secure ISO TP0 port				2003-06	
3782	u	a	iso-tp0s	Secure ISO TP0 port				2003-06	
3783	t	a	bim-pem	Impact Mgr./PEM Gateway				2003-07	
3783	u	a	bim-pem	Impact Mgr./PEM Gateway				2003-07	
3784	t	a	bfd-control	BFD Control Protocol	RFC5881				
3784	u	a	bfd-control	BFD Control Protocol	RFC5881				
3785	t	a	bfd-echo	BFD Echo Protocol	RFC5881				
3785	u	a	bfd-echo	BFD Echo Protocol	RFC5881				
3786	t	a	upstriggervsw	VSW Upstrigger port				2003-07	
3786	u	a	upstriggervsw	VSW Upstrigger port				2003-07	
3787	t	a	fintrx	Fintrx				2003-07	
3787	u	a	fintrx	Fintrx				2003-07	
3788	t	a	isrp-port	SPACEWAY Routing port				2003-07	
3788	u	a	isrp-port	SPACEWAY Routing port				2003-07	
3789	t	a	remotedeploy	RemoteDeploy Administration Port [July 2003]				2009-05-15	
3789	u	a	remotedeploy	RemoteDeploy Administration Port [July 2003]				2009-05-15	
3790	t	a	quickbooksrds	QuickBooks RDS				2003-07	
3790	u	a	quickbooksrds	QuickBooks RDS				2003-07	
3791	t	a	tvnetworkvideo	TV NetworkVideo Data port				2003-07	
3791	u	a	tvnetworkvideo	TV NetworkVideo Data port				2003-07	
3792	t	a	sitewatch	e-Watch Corporation SiteWatch				2003-07	
3792	u	a	sitewatch	e-Watch Corporation SiteWatch				2003-07	
3793	t	a	dcsoftware	DataCore Software				2003-07	
3793	u	a	dcsoftware	DataCore Software				2003-07	
3794	t	a	jaus	JAUS Robots				2003-07	
3794	u	a	jaus	JAUS Robots				2003-07	
3795	t	a	myblast	myBLAST Mekentosj port				2003-07	
3795	u	a	myblast	myBLAST Mekentosj port				2003-07	
3796	t	a	spw-dialer	Spaceway Dialer				2003-07	
3796	u	a	spw-dialer	Spaceway Dialer				2003-07	
3797	t	a	idps	idps				2003-07	
3797	u	a	idps	idps				2003-07	
3798	t	a	minilock	Minilock				2003-08	
3798	u	a	minilock	Minilock				2003-08	
3799	t	a	radius-dynauth	RADIUS Dynamic Authorization	RFC3576				
3799	u	a	radius-dynauth	RADIUS Dynamic Authorization	RFC3576				
3800	t	a	pwgpsi	Print Services Interface				2003-05	
3800	u	a	pwgpsi	Print Services Interface				2003-05	
3801	t	a	ibm-mgr	ibm manager service				2006-03	
3801	u	a	ibm-mgr	ibm manager service				2006-03	
3802	t	a	vhd	VHD					
3802	u	a	vhd	VHD					
3803	t	a	soniqsync	SoniqSync				2004-01	
3803	u	a	soniqsync	SoniqSync				2004-01	
3804	t	a	iqnet-port	Harman IQNet Port				2004-02	
3804	u	a	iqnet-port	Harman IQNet Port				2004-02	
3805	t	a	tcpdataserver	ThorGuard Server Port				2004-02	
3805	u	a	tcpdataserver	ThorGuard Server Port				2004-02	
3806	t	a	wsmlb	Remote System Manager				2004-02	
3806	u	a	wsmlb	Remote System Manager				2004-02	
3807	t	a	spugna	SpuGNA Communication Port				2004-02	
3807	u	a	spugna	SpuGNA Communication Port				2004-02	
3808	t	a	sun-as-iiops-ca	Sun App Svr-IIOPClntAuth				2005-11	
3808	u	a	sun-as-iiops-ca	Sun App Svr-IIOPClntAuth				2005-11	
3809	t	a	apocd	Java Desktop System Configuration Agent				2006-03	
3809	u	a	apocd	Java Desktop System Configuration Agent				2006-03	
3810	t	a	wlanauth	WLAN AS server				2004-02	
3810	u	a	wlanauth	WLAN AS server				2004-02	
3811	t	a	amp	AMP				2004-02	
3811	u	a	amp	AMP				2004-02	
3812	t	a	neto-wol-server	netO WOL Server				2004-03	
3812	u	a	neto-wol-server	netO WOL Server				2004-03	
3813	t	a	rap-ip	Rhapsody Interface Protocol				2004-03	
3813	u	a	rap-ip	Rhapsody Interface Protocol				2004-03	
3814	t	a	neto-dcs	netO DCS				2004-03	
3814	u	a	neto-dcs	netO DCS				2004-03	
3815	t	a	lansurveyorxml	LANsurveyor XML				2004-04	
3815	u	a	lansurveyorxml	LANsurveyor XML				2004-04	
3816	t	a	sunlps-http	Sun Local Patch Server				2004-04	
3816	u	a	sunlps-http	Sun Local Patch Server				2004-04	
3817	t	a	tapeware	Yosemite Tech Tapeware				2004-04	
3817	u	a	tapeware	Yosemite Tech Tapeware				2004-04	
3818	t	a	crinis-hb	Crinis Heartbeat				2004-04	
3818	u	a	crinis-hb	Crinis Heartbeat				2004-04	
3819	t	a	epl-slp	EPL Sequ Layer Protocol				2004-10	
3819	u	a	epl-slp	EPL Sequ Layer Protocol				2004-10	
3820	t	a	scp	Siemens AuD SCP				2004-10	
3820	u	a	scp	Siemens AuD SCP				2004-10	
3821	t	a	pmcp	ATSC PMCP Standard				2004-11	
3821	u	a	pmcp	ATSC PMCP Standard				2004-11	
3822	t	a	acp-discovery	Compute Pool Discovery					
3822	u	a	acp-discovery	Compute Pool Discovery					
3823	t	a	acp-conduit	Compute Pool Conduit					
3823	u	a	acp-conduit	Compute Pool Conduit					
3824	t	a	acp-policy	Compute Pool Policy				2005-02	
3824	u	a	acp-policy	Compute Pool Policy				2005-02	
3825	t	a	ffserver	Antera FlowFusion Process Simulation				2007-06	
3825	u	a	ffserver	Antera FlowFusion Process Simulation				2007-06	
3826	t	a	warmux	WarMUX game server					2011-05-26
3826	u	a	warmux	WarMUX game server					2011-05-26
3827	t	a	netmpi	Netadmin Systems MPI service				2007-07-10	
3827	u	a	netmpi	Netadmin Systems MPI service				2007-07-10	
3828	t	a	neteh	Netadmin Systems Event Handler					
3828	u	a	neteh	Netadmin Systems Event Handler					
3829	t	a	neteh-ext	Netadmin Systems Event Handler External				2007-07-10	
3829	u	a	neteh-ext	Netadmin Systems Event Handler External				2007-07-10	
3830	t	a	cernsysmgmtagt	Cerner System Management Agent				2008-01-29	
3830	u	a	cernsysmgmtagt	Cerner System Management Agent				2008-01-29	
3831	t	a	dvapps	Docsvault Application Service				2006-10	
3831	u	a	dvapps	Docsvault Application Service				2006-10	
3832	t	a	xxnetserver	xxNETserver				2006-10	2012-07-12
3832	u	a	xxnetserver	xxNETserver				2006-10	2012-07-12
3833	t	a	aipn-auth	AIPN LS Authentication				2006-10	
3833	u	a	aipn-auth	AIPN LS Authentication				2006-10	
3834	t	a	spectardata	Spectar Data Stream Service					
3834	u	a	spectardata	Spectar Data Stream Service					
3835	t	a	spectardb	Spectar Database Rights Service				2006-10	
3835	u	a	spectardb	Spectar Database Rights Service				2006-10	
3836	t	a	markem-dcp	MARKEM NEXTGEN DCP					
3836	u	a	markem-dcp	MARKEM NEXTGEN DCP					
3837	t	a	mkm-discovery	MARKEM Auto-Discovery				2005-08	
3837	u	a	mkm-discovery	MARKEM Auto-Discovery				2005-08	
3838	t	a	sos	Scito Object Server				2003-11	
3838	u	a	sos	Scito Object Server				2003-11	
3839	t	a	amx-rms	AMX Resource Management Suite				2003-11	
3839	u	a	amx-rms	AMX Resource Management Suite				2003-11	
3840	t	a	flirtmitmir	www.FlirtMitMir.de				2003-11	
3840	u	a	flirtmitmir	www.FlirtMitMir.de				2003-11	
3841	t	a	shiprush-db-svr	ShipRush Database Server				2003-11	2014-08-22
3841	u	r		Reserved				2003-11	2014-08-22
3842	t	a	nhci	NHCI status port				2003-11	
3842	u	a	nhci	NHCI status port				2003-11	
3843	t	a	quest-agent	Quest Common Agent				2003-11	
3843	u	a	quest-agent	Quest Common Agent				2003-11	
3844	t	a	rnm	RNM				2003-11	
3844	u	a	rnm	RNM				2003-11	
3845	t	a	v-one-spp	V-ONE Single Port Proxy					
3845	u	a	v-one-spp	V-ONE Single Port Proxy					
3846	t	a	an-pcp	Astare Network PCP				2003-08	
3846	u	a	an-pcp	Astare Network PCP				2003-08	
3847	t	a	msfw-control	MS Firewall Control				2003-08	
3847	u	a	msfw-control	MS Firewall Control				2003-08	
3848	t	a	item	IT Environmental Monitor				2003-08	
3848	u	a	item	IT Environmental Monitor				2003-08	
3849	t	a	spw-dnspreload	SPACEWAY DNS Preload				2003-08	
3849	u	a	spw-dnspreload	SPACEWAY DNS Preload				2003-08	
3850	t	a	qtms-bootstrap	QTMS Bootstrap Protocol				2003-08	
3850	u	a	qtms-bootstrap	QTMS Bootstrap Protocol				2003-08	
3851	t	a	spectraport	SpectraTalk Port				2003-08	
3851	u	a	spectraport	SpectraTalk Port				2003-08	
3852	t	a	sse-app-config	SSE App Configuration				2003-08	
3852	u	a	sse-app-config	SSE App Configuration				2003-08	
3853	t	a	sscan	SONY scanning protocol				2003-08	
3853	u	a	sscan	SONY scanning protocol				2003-08	
3854	t	a	stryker-com	Stryker Comm Port				2003-08	
3854	u	a	stryker-com	Stryker Comm Port				2003-08	
3855	t	a	opentrac	OpenTRAC				2003-08	
3855	u	a	opentrac	OpenTRAC				2003-08	
3856	t	a	informer	INFORMER				2003-08	
3856	u	a	informer	INFORMER				2003-08	
3857	t	a	trap-port	Trap Port				2003-08	
3857	u	a	trap-port	Trap Port				2003-08	
3858	t	a	trap-port-mom	Trap Port MOM				2003-08	
3858	u	a	trap-port-mom	Trap Port MOM				2003-08	
3859	t	a	nav-port	Navini Port				2003-08	
3859	u	a	nav-port	Navini Port				2003-08	
3860	t	a	sasp	Server/Application State Protocol (SASP)				2003-08	
3860	u	a	sasp	Server/Application State Protocol (SASP)				2003-08	
3861	t	a	winshadow-hd	winShadow Host Discovery				2003-03	
3861	u	a	winshadow-hd	winShadow Host Discovery				2003-03	
3862	t	a	giga-pocket	GIGA-POCKET					
3862	u	a	giga-pocket	GIGA-POCKET					
3863	t	a	asap-tcp	asap tcp port					
3863	u	a	asap-udp	asap udp port	RFC5352				
3863	s	a	asap-sctp	asap sctp	RFC5352				
3864	t	a	asap-tcp-tls	asap/tls tcp port	RFC5352				
3864	u	r		Reserved		This entry has been removed on 2006-06-23.			
3864	s	a	asap-sctp-tls	asap-sctp/tls	RFC5352				
3865	t	a	xpl	xpl automation protocol				2003-08	
3865	u	a	xpl	xpl automation protocol				2003-08	
3866	t	a	dzdaemon	Sun SDViz DZDAEMON Port				2003-08	
3866	u	a	dzdaemon	Sun SDViz DZDAEMON Port				2003-08	
3867	t	a	dzoglserver	Sun SDViz DZOGLSERVER Port				2003-08	
3867	u	a	dzoglserver	Sun SDViz DZOGLSERVER Port				2003-08	
3868	t	a	diameter	DIAMETER					
3868	u	r		Reserved					
3868	s	a	diameter	DIAMETER	RFC3588				
3869	t	a	ovsam-mgmt	hp OVSAM MgmtServer Disco				2003-08	
3869	u	a	ovsam-mgmt	hp OVSAM MgmtServer Disco				2003-08	
3870	t	a	ovsam-d-agent	hp OVSAM HostAgent Disco				2003-08	
3870	u	a	ovsam-d-agent	hp OVSAM HostAgent Disco				2003-08	
3871	t	a	avocent-adsap	Avocent DS Authorization				2003-08	
3871	u	a	avocent-adsap	Avocent DS Authorization				2003-08	
3872	t	a	oem-agent	OEM Agent				2003-11	
3872	u	a	oem-agent	OEM Agent				2003-11	
3873	t	a	fagordnc	fagordnc				2003-11	
3873	u	a	fagordnc	fagordnc				2003-11	
3874	t	a	sixxsconfig	SixXS Configuration				2003-11	
3874	u	a	sixxsconfig	SixXS Configuration				2003-11	
3875	t	a	pnbscada	PNBSCADA					
3875	u	a	pnbscada	PNBSCADA					
3876	t	a	dl-agent	DirectoryLockdown Agent\nIANA assigned this well-formed service name as a replacement for "dl_agent".				2008-12-16	
3876	t	a	dl_agent	DirectoryLockdown Agent		This entry is an alias to "dl-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-12-16	
3876	u	a	dl-agent	DirectoryLockdown Agent\nIANA assigned this well-formed service name as a replacement for "dl_agent".				2008-12-16	
3876	u	a	dl_agent	DirectoryLockdown Agent		This entry is an alias to "dl-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-12-16	
3877	t	a	xmpcr-interface	XMPCR Interface Port				2003-10	
3877	u	a	xmpcr-interface	XMPCR Interface Port				2003-10	
3878	t	a	fotogcad	FotoG CAD interface				2003-10	
3878	u	a	fotogcad	FotoG CAD interface				2003-10	
3879	t	a	appss-lm	appss license manager				2003-10	
3879	u	a	appss-lm	appss license manager				2003-10	
3880	t	a	igrs	IGRS				2003-10	
3880	u	a	igrs	IGRS				2003-10	
3881	t	a	idac	Data Acquisition and Control				2003-10	
3881	u	a	idac	Data Acquisition and Control				2003-10	
3882	t	a	msdts1	DTS Service Port				2003-10	
3882	u	a	msdts1	DTS Service Port				2003-10	
3883	t	a	vrpn	VR Peripheral Network				2003-10	2015-05-04
3883	u	a	vrpn	VR Peripheral Network				2003-10	2015-05-04
3884	t	a	softrack-meter	SofTrack Metering				2003-10	
3884	u	a	softrack-meter	SofTrack Metering				2003-10	
3885	t	a	topflow-ssl	TopFlow SSL					
3885	u	a	topflow-ssl	TopFlow SSL					
3886	t	a	nei-management	NEI management port				2003-10	
3886	u	a	nei-management	NEI management port				2003-10	
3887	t	a	ciphire-data	Ciphire Data Transport				2003-10	
3887	u	a	ciphire-data	Ciphire Data Transport				2003-10	
3888	t	a	ciphire-serv	Ciphire Services				2003-10	
3888	u	a	ciphire-serv	Ciphire Services				2003-10	
3889	t	a	dandv-tester	D and V Tester Control Port				2003-10	
3889	u	a	dandv-tester	D and V Tester Control Port				2003-10	
3890	t	a	ndsconnect	Niche Data Server Connect				2003-10	
3890	u	a	ndsconnect	Niche Data Server Connect				2003-10	
3891	t	a	rtc-pm-port	Oracle RTC-PM port				2003-10	
3891	u	a	rtc-pm-port	Oracle RTC-PM port				2003-10	
3892	t	a	pcc-image-port	PCC-image-port				2003-10	
3892	u	a	pcc-image-port	PCC-image-port				2003-10	
3893	t	a	cgi-starapi	CGI StarAPI Server				2003-10	
3893	u	a	cgi-starapi	CGI StarAPI Server				2003-10	
3894	t	a	syam-agent	SyAM Agent Port				2003-10	
3894	u	a	syam-agent	SyAM Agent Port				2003-10	
3895	t	a	syam-smc	SyAm SMC Service Port				2003-10	
3895	u	a	syam-smc	SyAm SMC Service Port				2003-10	
3896	t	a	sdo-tls	Simple Distributed Objects over TLS				2003-10	
3896	u	a	sdo-tls	Simple Distributed Objects over TLS				2003-10	
3897	t	a	sdo-ssh	Simple Distributed Objects over SSH				2003-10	
3897	u	a	sdo-ssh	Simple Distributed Objects over SSH				2003-10	
3898	t	a	senip	IAS, Inc. SmartEye NET Internet Protocol				2003-10	
3898	u	a	senip	IAS, Inc. SmartEye NET Internet Protocol				2003-10	
3899	t	a	itv-control	ITV Port				2003-10	
3899	u	a	itv-control	ITV Port				2003-10	
3900	t	a	udt-os	Unidata UDT OS\nIANA assigned this well-formed service name as a replacement for "udt_os".					
3900	t	a	udt_os	Unidata UDT OS		This entry is an alias to "udt-os".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3900	u	a	udt-os	Unidata UDT OS\nIANA assigned this well-formed service name as a replacement for "udt_os".					
3900	u	a	udt_os	Unidata UDT OS		This entry is an alias to "udt-os".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3901	t	a	nimsh	NIM Service Handler				2003-10	
3901	u	a	nimsh	NIM Service Handler				2003-10	
3902	t	a	nimaux	NIMsh Auxiliary Port				2003-10	
3902	u	a	nimaux	NIMsh Auxiliary Port				2003-10	
3903	t	a	charsetmgr	CharsetMGR				2003-10	
3903	u	a	charsetmgr	CharsetMGR				2003-10	
3904	t	a	omnilink-port	Arnet Omnilink Port				2003-10	
3904	u	a	omnilink-port	Arnet Omnilink Port				2003-10	
3905	t	a	mupdate	Mailbox Update (MUPDATE) protocol	RFC3656				
3905	u	a	mupdate	Mailbox Update (MUPDATE) protocol	RFC3656				
3906	t	a	topovista-data	TopoVista elevation data				2003-11	
3906	u	a	topovista-data	TopoVista elevation data				2003-11	
3907	t	a	imoguia-port	Imoguia Port				2003-11	
3907	u	a	imoguia-port	Imoguia Port				2003-11	
3908	t	a	hppronetman	HP Procurve NetManagement				2003-11	
3908	u	a	hppronetman	HP Procurve NetManagement				2003-11	
3909	t	a	surfcontrolcpa	SurfControl CPA				2003-11	
3909	u	a	surfcontrolcpa	SurfControl CPA				2003-11	
3910	t	a	prnrequest	Printer Request Port				2003-11	
3910	u	a	prnrequest	Printer Request Port				2003-11	
3911	t	a	prnstatus	Printer Status Port				2003-11	
3911	u	a	prnstatus	Printer Status Port				2003-11	
3912	t	a	gbmt-stars	Global Maintech Stars				2003-11	
3912	u	a	gbmt-stars	Global Maintech Stars				2003-11	
3913	t	a	listcrt-port	ListCREATOR Port				2003-11	
3913	u	a	listcrt-port	ListCREATOR Port				2003-11	
3914	t	a	listcrt-port-2	ListCREATOR Port 2				2003-11	
3914	u	a	listcrt-port-2	ListCREATOR Port 2				2003-11	
3915	t	a	agcat	Auto-Graphics Cataloging				2003-11	
3915	u	a	agcat	Auto-Graphics Cataloging				2003-11	
3916	t	a	wysdmc	WysDM Controller				2003-11	
3916	u	a	wysdmc	WysDM Controller				2003-11	
3917	t	a	aftmux	AFT multiplex port				2003-11	
3917	u	a	aftmux	AFT multiplex port				2003-11	
3918	t	a	pktcablemmcops	PacketCableMultimediaCOPS				2003-11	
3918	u	a	pktcablemmcops	PacketCableMultimediaCOPS				2003-11	
3919	t	a	hyperip	HyperIP				2003-11	2017-01-25
3919	u	a	hyperip	HyperIP				2003-11	2017-01-25
3920	t	a	exasoftport1	Exasoft IP Port				2003-11	
3920	u	a	exasoftport1	Exasoft IP Port				2003-11	
3921	t	a	herodotus-net	Herodotus Net				2003-11	
3921	u	a	herodotus-net	Herodotus Net				2003-11	
3922	t	a	sor-update	Soronti Update Port				2003-11	
3922	u	a	sor-update	Soronti Update Port				2003-11	
3923	t	a	symb-sb-port	Symbian Service Broker				2003-11	
3923	u	a	symb-sb-port	Symbian Service Broker				2003-11	
3924	t	a	mpl-gprs-port	MPL_GPRS_PORT				2003-11	
3924	u	a	mpl-gprs-port	MPL_GPRS_Port				2003-11	
3925	t	a	zmp	Zoran Media Port				2003-11	
3925	u	a	zmp	Zoran Media Port				2003-11	
3926	t	a	winport	WINPort				2003-11	
3926	u	a	winport	WINPort				2003-11	
3927	t	a	natdataservice	ScsTsr				2003-11	
3927	u	a	natdataservice	ScsTsr				2003-11	
3928	t	a	netboot-pxe	PXE NetBoot Manager				2003-11	
3928	u	a	netboot-pxe	PXE NetBoot Manager				2003-11	
3929	t	a	smauth-port	AMS Port				2003-11	
3929	u	a	smauth-port	AMS Port				2003-11	
3930	t	a	syam-webserver	Syam Web Server Port				2003-11	
3930	u	a	syam-webserver	Syam Web Server Port				2003-11	
3931	t	a	msr-plugin-port	MSR Plugin Port				2003-11	
3931	u	a	msr-plugin-port	MSR Plugin Port				2003-11	
3932	t	a	dyn-site	Dynamic Site System				2003-11	
3932	u	a	dyn-site	Dynamic Site System				2003-11	
3933	t	a	plbserve-port	PL/B App Server User Port				2003-11	
3933	u	a	plbserve-port	PL/B App Server User Port				2003-11	
3934	t	a	sunfm-port	PL/B File Manager Port				2003-11	
3934	u	a	sunfm-port	PL/B File Manager Port				2003-11	
3935	t	a	sdp-portmapper	SDP Port Mapper Protocol				2003-11	
3935	u	a	sdp-portmapper	SDP Port Mapper Protocol				2003-11	
3936	t	a	mailprox	Mailprox				2003-11	
3936	u	a	mailprox	Mailprox				2003-11	
3937	t	a	dvbservdsc	DVB Service Discovery				2003-11	
3937	u	a	dvbservdsc	DVB Service Discovery				2003-11	
3938	t	a	dbcontrol-agent	Oracle dbControl Agent po\nIANA assigned this well-formed service name as a replacement for "dbcontrol_agent".				2003-11	
3938	t	a	dbcontrol_agent	Oracle dbControl Agent po		This entry is an alias to "dbcontrol-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2003-11	
3938	u	a	dbcontrol-agent	Oracle dbControl Agent po\nIANA assigned this well-formed service name as a replacement for "dbcontrol_agent".				2003-11	
3938	u	a	dbcontrol_agent	Oracle dbControl Agent po		This entry is an alias to "dbcontrol-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2003-11	
3939	t	a	aamp	Anti-virus Application Management Port				2002-02	
3939	u	a	aamp	Anti-virus Application Management Port				2002-02	
3940	t	a	xecp-node	XeCP Node Service				2003-11	
3940	u	a	xecp-node	XeCP Node Service				2003-11	
3941	t	a	homeportal-web	Home Portal Web Server				2003-11	
3941	u	a	homeportal-web	Home Portal Web Server				2003-11	
3942	t	a	srdp	satellite distribution				2003-11	
3942	u	a	srdp	satellite distribution				2003-11	
3943	t	a	tig	TetraNode Ip Gateway				2003-12	
3943	u	a	tig	TetraNode Ip Gateway				2003-12	
3944	t	a	sops	S-Ops Management				2003-12	
3944	u	a	sops	S-Ops Management				2003-12	
3945	t	a	emcads	EMCADS Server Port				2004-01	
3945	u	a	emcads	EMCADS Server Port				2004-01	
3946	t	a	backupedge	BackupEDGE Server				2004-06	
3946	u	a	backupedge	BackupEDGE Server				2004-06	
3947	t	a	ccp	Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices				2004-06	
3947	u	a	ccp	Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices				2004-06	
3948	t	a	apdap	Anton Paar Device Administration Protocol				2004-06	
3948	u	a	apdap	Anton Paar Device Administration Protocol				2004-06	
3949	t	a	drip	Dynamic Routing Information Protocol				2004-06	
3949	u	a	drip	Dynamic Routing Information Protocol				2004-06	
3950	t	a	namemunge	Name Munging				2004-07	
3950	u	a	namemunge	Name Munging				2004-07	
3951	t	a	pwgippfax	PWG IPP Facsimile				2004-08	
3951	u	a	pwgippfax	PWG IPP Facsimile				2004-08	
3952	t	a	i3-sessionmgr	I3 Session Manager				2004-08	
3952	u	a	i3-sessionmgr	I3 Session Manager				2004-08	
3953	t	a	xmlink-connect	Eydeas XMLink Connect				2004-09	
3953	u	a	xmlink-connect	Eydeas XMLink Connect				2004-09	
3954	t	a	adrep	AD Replication RPC				2008-03-26	
3954	u	a	adrep	AD Replication RPC				2008-03-26	
3955	t	a	p2pcommunity	p2pCommunity				2005-08	
3955	u	a	p2pcommunity	p2pCommunity				2005-08	
3956	t	a	gvcp	GigE Vision Control				2005-08	
3956	u	a	gvcp	GigE Vision Control				2005-08	
3957	t	a	mqe-broker	MQEnterprise Broker					
3957	u	a	mqe-broker	MQEnterprise Broker					
3958	t	a	mqe-agent	MQEnterprise Agent				2005-08	
3958	u	a	mqe-agent	MQEnterprise Agent				2005-08	
3959	t	a	treehopper	Tree Hopper Networking				2005-08	
3959	u	a	treehopper	Tree Hopper Networking				2005-08	
3960	t	a	bess	Bess Peer Assessment				2005-08	
3960	u	a	bess	Bess Peer Assessment				2005-08	
3961	t	a	proaxess	ProAxess Server				2005-08	
3961	u	a	proaxess	ProAxess Server				2005-08	
3962	t	a	sbi-agent	SBI Agent Protocol				2005-08	
3962	u	a	sbi-agent	SBI Agent Protocol				2005-08	
3963	t	a	thrp	Teran Hybrid Routing Protocol				2005-08	
3963	u	a	thrp	Teran Hybrid Routing Protocol				2005-08	
3964	t	a	sasggprs	SASG GPRS				2005-08	
3964	u	a	sasggprs	SASG GPRS				2005-08	
3965	t	a	ati-ip-to-ncpe	Avanti IP to NCPE API				2005-08	
3965	u	a	ati-ip-to-ncpe	Avanti IP to NCPE API				2005-08	
3966	t	a	bflckmgr	BuildForge Lock Manager				2005-08	
3966	u	a	bflckmgr	BuildForge Lock Manager				2005-08	
3967	t	a	ppsms	PPS Message Service				2005-08	
3967	u	a	ppsms	PPS Message Service				2005-08	
3968	t	a	ianywhere-dbns	iAnywhere DBNS				2005-08	
3968	u	a	ianywhere-dbns	iAnywhere DBNS				2005-08	
3969	t	a	landmarks	Landmark Messages				2005-08	
3969	u	a	landmarks	Landmark Messages				2005-08	
3970	t	a	lanrevagent	LANrev Agent		Defined TXT keys:\n  txtvers\n  server=<main LANrev server for agent>\n  vers=<version of LANrev Agent>\n  build=<build number of LANrev Agent>\n  id=<agent identifier>			
3970	u	a	lanrevagent	LANrev Agent		Defined TXT keys:\n  txtvers\n  server=<main LANrev server for agent>\n  vers=<version of LANrev Agent>\n  build=<build number of LANrev Agent>\n  id=<agent identifier>			
3971	t	a	lanrevserver	LANrev Server				2005-08	
3971	u	a	lanrevserver	LANrev Server				2005-08	
3972	t	a	iconp	ict-control Protocol				2005-08	
3972	u	a	iconp	ict-control Protocol				2005-08	
3973	t	a	progistics	ConnectShip Progistics				2005-08	2019-12-12
3973	u	a	progistics	ConnectShip Progistics				2005-08	2019-12-12
3974	t	a	xk22	Remote Applicant Tracking Service				2005-08	2022-09-09
3974	u	a	xk22	Remote Applicant Tracking Service				2005-08	2022-09-09
3975	t	a	airshot	Air Shot				2005-08	
3975	u	a	airshot	Air Shot				2005-08	
3976	t	a	opswagent	Server Automation Agent					2016-04-14
3976	u	a	opswagent	Server Automation Agent					2016-04-14
3977	t	a	opswmanager	Opsware Manager				2006-06	
3977	u	a	opswmanager	Opsware Manager				2006-06	
3978	t	a	secure-cfg-svr	Secured Configuration Server				2006-06	
3978	u	a	secure-cfg-svr	Secured Configuration Server				2006-06	
3979	t	a	smwan	Smith Micro Wide Area Network Service				2006-06	
3979	u	a	smwan	Smith Micro Wide Area Network Service				2006-06	
3980	t	r		Reserved		Historic usage was acms. De-Assigned on 2020-12-29		2006-06	2020-12-29
3980	u	r		Reserved					
3981	t	a	starfish	Starfish System Admin				2006-06	
3981	u	a	starfish	Starfish System Admin				2006-06	
3982	t	a	eis	ESRI Image Server					
3982	u	a	eis	ESRI Image Server					
3983	t	a	eisp	ESRI Image Service				2006-07	
3983	u	a	eisp	ESRI Image Service				2006-07	
3984	t	a	mapper-nodemgr	MAPPER network node manager					
3984	u	a	mapper-nodemgr	MAPPER network node manager					
3985	t	a	mapper-mapethd	MAPPER TCP/IP server					
3985	u	a	mapper-mapethd	MAPPER TCP/IP server					
3986	t	a	mapper-ws-ethd	MAPPER workstation server\nIANA assigned this well-formed service name as a replacement for "mapper-ws_ethd".					
3986	t	a	mapper-ws_ethd	MAPPER workstation server		This entry is an alias to "mapper-ws-ethd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3986	u	a	mapper-ws-ethd	MAPPER workstation server\nIANA assigned this well-formed service name as a replacement for "mapper-ws_ethd".					
3986	u	a	mapper-ws_ethd	MAPPER workstation server		This entry is an alias to "mapper-ws-ethd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
3987	t	a	centerline	Centerline					
3987	u	a	centerline	Centerline					
3988	t	a	dcs-config	DCS Configuration Port				2005-08	
3988	u	a	dcs-config	DCS Configuration Port				2005-08	
3989	t	a	bv-queryengine	BindView-Query Engine					
3989	u	a	bv-queryengine	BindView-Query Engine					
3990	t	a	bv-is	BindView-IS					
3990	u	a	bv-is	BindView-IS					
3991	t	a	bv-smcsrv	BindView-SMCServer					
3991	u	a	bv-smcsrv	BindView-SMCServer					
3992	t	a	bv-ds	BindView-DirectoryServer					
3992	u	a	bv-ds	BindView-DirectoryServer					
3993	t	a	bv-agent	BindView-Agent				2005-08	
3993	u	a	bv-agent	BindView-Agent				2005-08	
3994	tu	u		Unassigned					2008-04-24
3995	t	a	iss-mgmt-ssl	ISS Management Svcs SSL				2003-10	
3995	u	a	iss-mgmt-ssl	ISS Management Svcs SSL				2003-10	
3996	t	a	abcsoftware	abcsoftware-01				2004-06	
3996	u	a	abcsoftware	abcsoftware-01				2004-06	
3997	t	a	agentsease-db	aes_db				2006-02	
3997	u	a	agentsease-db	aes_db				2006-02	
3998	t	a	dnx	Distributed Nagios Executor Service				2007-11-06	
3998	u	a	dnx	Distributed Nagios Executor Service				2007-11-06	
3999	t	a	nvcnet	Norman distributes scanning service				2007-11-06	
3999	u	a	nvcnet	Norman distributes scanning service				2007-11-06	
4000	t	a	terabase	Terabase		Potential Conflict of ports\nPORT 4000 also used by ICQ <www.icq.com>			
4000	u	a	terabase	Terabase		Potential Conflict of ports\nPORT 4000 also used by ICQ <www.icq.com>			
4001	t	a	newoak	NewOak					
4001	u	a	newoak	NewOak					
4002	t	a	pxc-spvr-ft	pxc-spvr-ft					
4002	u	a	pxc-spvr-ft	pxc-spvr-ft					
4003	t	a	pxc-splr-ft	pxc-splr-ft					
4003	u	a	pxc-splr-ft	pxc-splr-ft					
4004	t	a	pxc-roid	pxc-roid					
4004	u	a	pxc-roid	pxc-roid					
4005	t	a	pxc-pin	pxc-pin					
4005	u	a	pxc-pin	pxc-pin					
4006	t	a	pxc-spvr	pxc-spvr					
4006	u	a	pxc-spvr	pxc-spvr					
4007	t	a	pxc-splr	pxc-splr					
4007	u	a	pxc-splr	pxc-splr					
4008	t	a	netcheque	NetCheque accounting					
4008	u	a	netcheque	NetCheque accounting					
4009	t	a	chimera-hwm	Chimera HWM					
4009	u	a	chimera-hwm	Chimera HWM					
4010	t	a	samsung-unidex	Samsung Unidex					
4010	u	a	samsung-unidex	Samsung Unidex					
4011	t	a	altserviceboot	Alternate Service Boot					
4011	u	a	altserviceboot	Alternate Service Boot					
4012	t	a	pda-gate	PDA Gate					
4012	u	a	pda-gate	PDA Gate					
4013	t	a	acl-manager	ACL Manager					
4013	u	a	acl-manager	ACL Manager					
4014	t	a	taiclock	TAICLOCK					2018-04-05
4014	u	a	taiclock	TAICLOCK					2018-04-05
4015	t	a	talarian-mcast1	Talarian Mcast					
4015	u	a	talarian-mcast1	Talarian Mcast					
4016	t	a	talarian-mcast2	Talarian Mcast					
4016	u	a	talarian-mcast2	Talarian Mcast					
4017	t	a	talarian-mcast3	Talarian Mcast					
4017	u	a	talarian-mcast3	Talarian Mcast					
4018	t	a	talarian-mcast4	Talarian Mcast					
4018	u	a	talarian-mcast4	Talarian Mcast					
4019	t	a	talarian-mcast5	Talarian Mcast					
4019	u	a	talarian-mcast5	Talarian Mcast					
4020	t	a	trap	TRAP Port					
4020	u	a	trap	TRAP Port					
4021	t	a	nexus-portal	Nexus Portal					
4021	u	a	nexus-portal	Nexus Portal					
4022	t	a	dnox	DNOX					
4022	u	a	dnox	DNOX					
4023	t	a	esnm-zoning	ESNM Zoning Port					
4023	u	a	esnm-zoning	ESNM Zoning Port					
4024	t	a	tnp1-port	TNP1 User Port					
4024	u	a	tnp1-port	TNP1 User Port					
4025	t	a	partimage	Partition Image Port					
4025	u	a	partimage	Partition Image Port					
4026	t	a	as-debug	Graphical Debug Server					
4026	u	a	as-debug	Graphical Debug Server					
4027	t	a	bxp	bitxpress					
4027	u	a	bxp	bitxpress					
4028	t	a	dtserver-port	DTServer Port					
4028	u	a	dtserver-port	DTServer Port					
4029	t	a	ip-qsig	IP Q signaling protocol					
4029	u	a	ip-qsig	IP Q signaling protocol					
4030	t	a	jdmn-port	Accell/JSP Daemon Port					2012-07-12
4030	u	a	jdmn-port	Accell/JSP Daemon Port					2012-07-12
4031	t	a	suucp	UUCP over SSL					
4031	u	a	suucp	UUCP over SSL					
4032	t	a	vrts-auth-port	VERITAS Authorization Service					
4032	u	a	vrts-auth-port	VERITAS Authorization Service					
4033	t	a	sanavigator	SANavigator Peer Port					
4033	u	a	sanavigator	SANavigator Peer Port					
4034	t	a	ubxd	Ubiquinox Daemon					
4034	u	a	ubxd	Ubiquinox Daemon					
4035	t	a	wap-push-http	WAP Push OTA-HTTP port					
4035	u	a	wap-push-http	WAP Push OTA-HTTP port					
4036	t	a	wap-push-https	WAP Push OTA-HTTP secure					
4036	u	a	wap-push-https	WAP Push OTA-HTTP secure					
4037	t	a	ravehd	RaveHD network control				2006-01	
4037	u	a	ravehd	RaveHD network control				2006-01	
4038	t	a	fazzt-ptp	Fazzt Point-To-Point					
4038	u	a	fazzt-ptp	Fazzt Point-To-Point					
4039	t	a	fazzt-admin	Fazzt Administration				2006-05	
4039	u	a	fazzt-admin	Fazzt Administration				2006-05	
4040	t	a	yo-main	Yo.net main service					
4040	u	a	yo-main	Yo.net main service					
4041	t	a	houston	Rocketeer-Houston					
4041	u	a	houston	Rocketeer-Houston					
4042	t	a	ldxp	LDXP					
4042	u	a	ldxp	LDXP					
4043	t	a	nirp	Neighbour Identity Resolution					
4043	u	a	nirp	Neighbour Identity Resolution					
4044	t	a	ltp	Location Tracking Protocol					
4044	u	a	ltp	Location Tracking Protocol					
4045	t	a	npp	Network Paging Protocol			Known UNAUTHORIZED USE: Port 4045		
4045	u	a	npp	Network Paging Protocol			Known UNAUTHORIZED USE: Port 4045		
4046	t	a	acp-proto	Accounting Protocol					
4046	u	a	acp-proto	Accounting Protocol					
4047	t	a	ctp-state	Context Transfer Protocol				2005-11	
4047	u	a	ctp-state	Context Transfer Protocol				2005-11	
4048	tu	u		Unassigned					2008-04-24
4049	t	a	wafs	Wide Area File Services				2006-01	
4049	u	a	wafs	Wide Area File Services				2006-01	
4050	t	a	cisco-wafs	Wide Area File Services				2005-02	
4050	u	a	cisco-wafs	Wide Area File Services				2005-02	
4051	t	a	cppdp	Cisco Peer to Peer Distribution Protocol				2006-07	
4051	u	a	cppdp	Cisco Peer to Peer Distribution Protocol				2006-07	
4052	t	a	interact	VoiceConnect Interact				2006-07	
4052	u	a	interact	VoiceConnect Interact				2006-07	
4053	t	a	ccu-comm-1	CosmoCall Universe Communications Port 1					
4053	u	a	ccu-comm-1	CosmoCall Universe Communications Port 1					
4054	t	a	ccu-comm-2	CosmoCall Universe Communications Port 2					
4054	u	a	ccu-comm-2	CosmoCall Universe Communications Port 2					
4055	t	a	ccu-comm-3	CosmoCall Universe Communications Port 3				2006-07	
4055	u	a	ccu-comm-3	CosmoCall Universe Communications Port 3				2006-07	
4056	t	a	lms	Location Message Service				2006-08	
4056	u	a	lms	Location Message Service				2006-08	
4057	t	a	wfm	Servigistics WFM server				2006-08	
4057	u	a	wfm	Servigistics WFM server				2006-08	
4058	t	a	kingfisher	Kingfisher protocol				2006-10	
4058	u	a	kingfisher	Kingfisher protocol				2006-10	
4059	t	a	dlms-cosem	DLMS/COSEM				2006-11	
4059	u	a	dlms-cosem	DLMS/COSEM				2006-11	
4060	t	a	dsmeter-iatc	DSMETER Inter-Agent Transfer Channel\nIANA assigned this well-formed service name as a replacement for "dsmeter_iatc".				2006-12	
4060	t	a	dsmeter_iatc	DSMETER Inter-Agent Transfer Channel		This entry is an alias to "dsmeter-iatc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-12	
4060	u	a	dsmeter-iatc	DSMETER Inter-Agent Transfer Channel\nIANA assigned this well-formed service name as a replacement for "dsmeter_iatc".				2006-12	
4060	u	a	dsmeter_iatc	DSMETER Inter-Agent Transfer Channel		This entry is an alias to "dsmeter-iatc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-12	
4061	t	a	ice-location	Ice Location Service (TCP)					
4061	u	a	ice-location	Ice Location Service (TCP)					
4062	t	a	ice-slocation	Ice Location Service (SSL)					
4062	u	a	ice-slocation	Ice Location Service (SSL)					
4063	t	a	ice-router	Ice Firewall Traversal Service (TCP)					
4063	u	a	ice-router	Ice Firewall Traversal Service (TCP)					
4064	t	a	ice-srouter	Ice Firewall Traversal Service (SSL)				2006-12	
4064	u	a	ice-srouter	Ice Firewall Traversal Service (SSL)				2006-12	
4065	t	a	avanti-cdp	Avanti Common Data\nIANA assigned this well-formed service name as a replacement for "avanti_cdp".				2007-02	
4065	t	a	avanti_cdp	Avanti Common Data		This entry is an alias to "avanti-cdp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-02	
4065	u	a	avanti-cdp	Avanti Common Data\nIANA assigned this well-formed service name as a replacement for "avanti_cdp".				2007-02	
4065	u	a	avanti_cdp	Avanti Common Data		This entry is an alias to "avanti-cdp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-02	
4066	t	a	pmas	Performance Measurement and Analysis				2007-02	
4066	u	a	pmas	Performance Measurement and Analysis				2007-02	
4067	t	a	idp	Information Distribution Protocol				2007-02	
4067	u	a	idp	Information Distribution Protocol				2007-02	
4068	t	a	ipfltbcst	IP Fleet Broadcast				2007-03	
4068	u	a	ipfltbcst	IP Fleet Broadcast				2007-03	
4069	t	a	minger	Minger Email Address Validation Service				2007-03	
4069	u	a	minger	Minger Email Address Validation Service				2007-03	
4070	t	a	tripe	Trivial IP Encryption (TrIPE)				2007-07-10	
4070	u	a	tripe	Trivial IP Encryption (TrIPE)				2007-07-10	
4071	t	a	aibkup	Automatically Incremental Backup				2007-07-10	
4071	u	a	aibkup	Automatically Incremental Backup				2007-07-10	
4072	t	a	zieto-sock	Zieto Socket Communications				2007-07-19	
4072	u	a	zieto-sock	Zieto Socket Communications				2007-07-19	
4073	t	a	iRAPP	Interactive Remote Application Pairing Protocol				2007-08-20	2016-11-23
4073	u	a	iRAPP	Interactive Remote Application Pairing Protocol				2007-08-20	2016-11-23
4074	t	a	cequint-cityid	Cequint City ID UI trigger				2007-08-20	
4074	u	a	cequint-cityid	Cequint City ID UI trigger				2007-08-20	
4075	t	a	perimlan	ISC Alarm Message Service				2007-08-20	
4075	u	a	perimlan	ISC Alarm Message Service				2007-08-20	
4076	t	a	seraph	Seraph DCS				2008-01-22	
4076	u	a	seraph	Seraph DCS				2008-01-22	
4077	t	r		Reserved					
4077	u	a	ascomalarm	Ascom IP Alarming				2008-05-01	
4078	t	a	cssp	Coordinated Security Service Protocol				2008-05-01	
4078	u	r		Reserved					
4079	t	a	santools	SANtools Diagnostic Server				2008-05-01	
4079	u	a	santools	SANtools Diagnostic Server				2008-05-01	
4080	t	a	lorica-in	Lorica inside facing					
4080	u	a	lorica-in	Lorica inside facing					
4081	t	a	lorica-in-sec	Lorica inside facing (SSL)					
4081	u	a	lorica-in-sec	Lorica inside facing (SSL)					
4082	t	a	lorica-out	Lorica outside facing					
4082	u	a	lorica-out	Lorica outside facing					
4083	t	a	lorica-out-sec	Lorica outside facing (SSL)				2008-02-28	
4083	u	a	lorica-out-sec	Lorica outside facing (SSL)				2008-02-28	
4084	t	r		Reserved					
4084	u	a	fortisphere-vm	Fortisphere VM Service				2008-06-03	
4085	t	a	ezmessagesrv	EZNews Newsroom Message Service				2008-06-05	
4085	u	r		Reserved					
4086	t	r		Reserved					
4086	u	a	ftsync	Firewall/NAT state table synchronization				2008-06-06	
4087	t	a	applusservice	APplus Service				2008-06-05	2021-08-09
4087	u	r		Reserved					
4088	t	a	npsp	Noah Printing Service Protocol				2008-06-18	
4088	u	r		Reserved					
4089	t	a	opencore	OpenCORE Remote Control Service				2006-07	
4089	u	a	opencore	OpenCORE Remote Control Service				2006-07	
4090	t	a	omasgport	OMA BCAST Service Guide				2006-07	
4090	u	a	omasgport	OMA BCAST Service Guide				2006-07	
4091	t	a	ewinstaller	EminentWare Installer					
4091	u	a	ewinstaller	EminentWare Installer					
4092	t	a	ewdgs	EminentWare DGS				2006-07	
4092	u	a	ewdgs	EminentWare DGS				2006-07	
4093	t	a	pvxpluscs	Pvx Plus CS Host				2006-07	
4093	u	a	pvxpluscs	Pvx Plus CS Host				2006-07	
4094	t	a	sysrqd	sysrq daemon				2006-07	
4094	u	a	sysrqd	sysrq daemon				2006-07	
4095	t	a	xtgui	xtgui information service				2006-05	
4095	u	a	xtgui	xtgui information service				2006-05	
4096	t	a	bre	BRE (Bridge Relay Element)					
4096	u	a	bre	BRE (Bridge Relay Element)					
4097	t	a	patrolview	Patrol View					
4097	u	a	patrolview	Patrol View					
4098	t	a	drmsfsd	drmsfsd					
4098	u	a	drmsfsd	drmsfsd					
4099	t	a	dpcp	DPCP					
4099	u	a	dpcp	DPCP					
4100	t	a	igo-incognito	IGo Incognito Data Port				2002-02	
4100	u	a	igo-incognito	IGo Incognito Data Port				2002-02	
4101	t	a	brlp-0	Braille protocol					
4101	u	a	brlp-0	Braille protocol					
4102	t	a	brlp-1	Braille protocol					
4102	u	a	brlp-1	Braille protocol					
4103	t	a	brlp-2	Braille protocol					
4103	u	a	brlp-2	Braille protocol					
4104	t	a	brlp-3	Braille protocol				2006-03	
4104	u	a	brlp-3	Braille protocol				2006-03	
4105	t	a	shofar	Shofar				2006-07	2012-02-20
4105	u	a	shofar	Shofar				2006-07	2012-02-20
4106	t	a	synchronite	Synchronite				2006-07	
4106	u	a	synchronite	Synchronite				2006-07	
4107	t	a	j-ac	JDL Accounting LAN Service				2006-09	
4107	u	a	j-ac	JDL Accounting LAN Service				2006-09	
4108	t	a	accel	ACCEL				2006-10	
4108	u	a	accel	ACCEL				2006-10	
4109	t	a	izm	Instantiated Zero-control Messaging				2007-02	
4109	u	a	izm	Instantiated Zero-control Messaging				2007-02	
4110	t	a	g2tag	G2 RFID Tag Telemetry Data				2007-02	
4110	u	a	g2tag	G2 RFID Tag Telemetry Data				2007-02	
4111	t	a	xgrid	Xgrid				2004-11	
4111	u	a	xgrid	Xgrid				2004-11	
4112	t	a	apple-vpns-rp	Apple VPN Server Reporting Protocol				2006-08	
4112	u	a	apple-vpns-rp	Apple VPN Server Reporting Protocol				2006-08	
4113	t	a	aipn-reg	AIPN LS Registration				2006-10	
4113	u	a	aipn-reg	AIPN LS Registration				2006-10	
4114	t	a	jomamqmonitor	JomaMQMonitor				2003-01	
4114	u	a	jomamqmonitor	JomaMQMonitor				2003-01	
4115	t	a	cds	CDS Transfer Agent				2006-07	
4115	u	a	cds	CDS Transfer Agent				2006-07	
4116	t	a	smartcard-tls	smartcard-TLS				2006-04	
4116	u	a	smartcard-tls	smartcard-TLS				2006-04	
4117	t	a	hillrserv	Hillr Connection Manager				2008-05-22	
4117	u	a	hillrserv	Hillr Connection Manager				2008-05-22	
4118	t	a	netscript	Netadmin Systems NETscript service				2006-12	
4118	u	a	netscript	Netadmin Systems NETscript service				2006-12	
4119	t	a	assuria-slm	Assuria Log Manager				2006-12	
4119	u	a	assuria-slm	Assuria Log Manager				2006-12	
4120	t	a	minirem	MiniRem Remote Telemetry and Control				2017-09-28	
4120	u	r		Reserved					
4121	t	a	e-builder	e-Builder Application Communication				2006-12	
4121	u	a	e-builder	e-Builder Application Communication				2006-12	
4122	t	a	fprams	Fiber Patrol Alarm Service				2006-12	
4122	u	a	fprams	Fiber Patrol Alarm Service				2006-12	
4123	t	a	z-wave	Z-Wave Protocol				2007-02	2012-11-08
4123	u	a	z-wave	Z-Wave Protocol				2007-02	2012-11-08
4124	t	a	tigv2	Rohill TetraNode Ip Gateway v2				2007-05	
4124	u	a	tigv2	Rohill TetraNode Ip Gateway v2				2007-05	
4125	t	a	opsview-envoy	Opsview Envoy				2008-09-26	
4125	u	a	opsview-envoy	Opsview Envoy				2008-09-26	
4126	t	a	ddrepl	Data Domain Replication Service				2007-05	
4126	u	a	ddrepl	Data Domain Replication Service				2007-05	
4127	t	a	unikeypro	NetUniKeyServer				2007-05	
4127	u	a	unikeypro	NetUniKeyServer				2007-05	
4128	t	a	nufw	NuFW decision delegation protocol					
4128	u	a	nufw	NuFW decision delegation protocol					
4129	t	a	nuauth	NuFW authentication protocol				2007-06	
4129	u	a	nuauth	NuFW authentication protocol				2007-06	
4130	t	a	fronet	FRONET message protocol				2007-08-07	
4130	u	a	fronet	FRONET message protocol				2007-08-07	
4131	t	a	stars	Global Maintech Stars				2007-06	
4131	u	a	stars	Global Maintech Stars				2007-06	
4132	t	a	nuts-dem	NUTS Daemon\nIANA assigned this well-formed service name as a replacement for "nuts_dem".					
4132	t	a	nuts_dem	NUTS Daemon		This entry is an alias to "nuts-dem".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
4132	u	a	nuts-dem	NUTS Daemon\nIANA assigned this well-formed service name as a replacement for "nuts_dem".					
4132	u	a	nuts_dem	NUTS Daemon		This entry is an alias to "nuts-dem".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
4133	t	a	nuts-bootp	NUTS Bootp Server\nIANA assigned this well-formed service name as a replacement for "nuts_bootp".					
4133	t	a	nuts_bootp	NUTS Bootp Server		This entry is an alias to "nuts-bootp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
4133	u	a	nuts-bootp	NUTS Bootp Server\nIANA assigned this well-formed service name as a replacement for "nuts_bootp".					
4133	u	a	nuts_bootp	NUTS Bootp Server		This entry is an alias to "nuts-bootp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
4134	t	a	nifty-hmi	NIFTY-Serve HMI protocol					
4134	u	a	nifty-hmi	NIFTY-Serve HMI protocol					
4135	t	a	cl-db-attach	Classic Line Database Server Attach					
4135	u	a	cl-db-attach	Classic Line Database Server Attach					
4136	t	a	cl-db-request	Classic Line Database Server Request					
4136	u	a	cl-db-request	Classic Line Database Server Request					
4137	t	a	cl-db-remote	Classic Line Database Server Remote				2007-01	
4137	u	a	cl-db-remote	Classic Line Database Server Remote				2007-01	
4138	t	a	nettest	nettest				2003-03	
4138	u	a	nettest	nettest				2003-03	
4139	t	a	thrtx	Imperfect Networks Server				2006-02	
4139	u	a	thrtx	Imperfect Networks Server				2006-02	
4140	t	a	cedros-fds	Cedros Fraud Detection System\nIANA assigned this well-formed service name as a replacement for "cedros_fds".				2006-10	
4140	t	a	cedros_fds	Cedros Fraud Detection System		This entry is an alias to "cedros-fds".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-10	
4140	u	a	cedros-fds	Cedros Fraud Detection System\nIANA assigned this well-formed service name as a replacement for "cedros_fds".				2006-10	
4140	u	a	cedros_fds	Cedros Fraud Detection System		This entry is an alias to "cedros-fds".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-10	
4141	t	a	oirtgsvc	Workflow Server					
4141	u	a	oirtgsvc	Workflow Server					
4142	t	a	oidocsvc	Document Server					
4142	u	a	oidocsvc	Document Server					
4143	t	a	oidsr	Document Replication					
4143	u	a	oidsr	Document Replication					
4144	tu	u		Unassigned		Compuserve (unoffically) is using port 4144			
4145	t	a	vvr-control	VVR Control					
4145	u	a	vvr-control	VVR Control					
4146	t	a	tgcconnect	TGCConnect Beacon				2006-10	
4146	u	a	tgcconnect	TGCConnect Beacon				2006-10	
4147	t	a	vrxpservman	Multum Service Manager				2006-10	
4147	u	a	vrxpservman	Multum Service Manager				2006-10	
4148	t	a	hhb-handheld	HHB Handheld Client				2007-03	
4148	u	a	hhb-handheld	HHB Handheld Client				2007-03	
4149	t	a	agslb	A10 GSLB Service				2007-07-02	
4149	u	a	agslb	A10 GSLB Service				2007-07-02	
4150	t	a	PowerAlert-nsa	PowerAlert Network Shutdown Agent				2007-07-02	
4150	u	a	PowerAlert-nsa	PowerAlert Network Shutdown Agent				2007-07-02	
4151	t	a	menandmice-noh	Men & Mice Remote Control\nIANA assigned this well-formed service name as a replacement for "menandmice_noh".				2007-08-30	
4151	t	a	menandmice_noh	Men & Mice Remote Control		This entry is an alias to "menandmice-noh".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-08-30	
4151	u	a	menandmice-noh	Men & Mice Remote Control\nIANA assigned this well-formed service name as a replacement for "menandmice_noh".				2007-08-30	
4151	u	a	menandmice_noh	Men & Mice Remote Control		This entry is an alias to "menandmice-noh".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-08-30	
4152	t	a	idig-mux	iDigTech Multiplex\nIANA assigned this well-formed service name as a replacement for "idig_mux".				2007-05	
4152	t	a	idig_mux	iDigTech Multiplex		This entry is an alias to "idig-mux".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-05	
4152	u	a	idig-mux	iDigTech Multiplex\nIANA assigned this well-formed service name as a replacement for "idig_mux".				2007-05	
4152	u	a	idig_mux	iDigTech Multiplex		This entry is an alias to "idig-mux".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-05	
4153	t	a	mbl-battd	MBL Remote Battery Monitoring				2007-05	
4153	u	a	mbl-battd	MBL Remote Battery Monitoring				2007-05	
4154	t	a	atlinks	atlinks device discovery				2002-10	
4154	u	a	atlinks	atlinks device discovery				2002-10	
4155	t	a	bzr	Bazaar version control system				2007-02	
4155	u	a	bzr	Bazaar version control system				2007-02	
4156	t	a	stat-results	STAT Results					
4156	u	a	stat-results	STAT Results					
4157	t	a	stat-scanner	STAT Scanner Control					
4157	u	a	stat-scanner	STAT Scanner Control					
4158	t	a	stat-cc	STAT Command Center				2007-03	
4158	u	a	stat-cc	STAT Command Center				2007-03	
4159	t	a	nss	Network Security Service				2006-08	
4159	u	a	nss	Network Security Service				2006-08	
4160	t	a	jini-discovery	Jini Discovery					
4160	u	a	jini-discovery	Jini Discovery					
4161	t	a	omscontact	OMS Contact					
4161	u	a	omscontact	OMS Contact					
4162	t	a	omstopology	OMS Topology				2005-08	
4162	u	a	omstopology	OMS Topology				2005-08	
4163	t	a	silverpeakpeer	Silver Peak Peer Protocol				2007-03	
4163	u	a	silverpeakpeer	Silver Peak Peer Protocol				2007-03	
4164	t	a	silverpeakcomm	Silver Peak Communication Protocol				2007-03	
4164	u	a	silverpeakcomm	Silver Peak Communication Protocol				2007-03	
4165	t	a	altcp	ArcLink over Ethernet				2007-03	
4165	u	a	altcp	ArcLink over Ethernet				2007-03	
4166	t	a	joost	Joost Peer to Peer Protocol				2007-04	
4166	u	a	joost	Joost Peer to Peer Protocol				2007-04	
4167	t	a	ddgn	DeskDirect Global Network				2007-08-22	
4167	u	a	ddgn	DeskDirect Global Network				2007-08-22	
4168	t	a	pslicser	PrintSoft License Server				2007-09-27	
4168	u	a	pslicser	PrintSoft License Server				2007-09-27	
4169	t	a	iadt	Automation Drive Interface Transport				2008-02-15	
4169	u	a	iadt-disc	Internet ADT Discovery Protocol				2009-02-06	
4170	t	a	d-cinema-csp	SMPTE Content Synchonization Protocol				2008-09-04	
4170	u	r		Reserved					
4171	t	a	ml-svnet	Maxlogic Supervisor Communication				2009-12-21	
4171	u	r		Reserved					
4172	t	a	pcoip	PC over IP				2009-12-23	2012-03-06
4172	u	a	pcoip	PC over IP				2009-12-23	2012-03-06
4173	t	r		Reserved					
4173	u	a	mma-discovery	MMA Device Discovery				2011-11-14	
4174	t	a	smcluster	StorMagic Cluster Services				2011-03-09	
4174	u	a	sm-disc	StorMagic Discovery				2011-12-16	
4175	t	a	bccp	Brocade Cluster Communication Protocol				2010-04-07	
4175	u	r		Reserved					
4176	t	a	tl-ipcproxy	Translattice Cluster IPC Proxy				2009-11-03	
4176	u	r		Reserved					
4177	t	a	wello	Wello P2P pubsub service				2007-11-15	
4177	u	a	wello	Wello P2P pubsub service				2007-11-15	
4178	t	a	storman	StorMan				2009-05-11	
4178	u	a	storman	StorMan				2009-05-11	
4179	t	a	MaxumSP	Maxum Services				2007-07-05	
4179	u	a	MaxumSP	Maxum Services				2007-07-05	
4180	t	a	httpx	HTTPX				2007-02	
4180	u	a	httpx	HTTPX				2007-02	2016-01-05
4181	t	a	macbak	MacBak				2007-04	
4181	u	a	macbak	MacBak				2007-04	
4182	t	a	pcptcpservice	Production Company Pro TCP Service				2007-05	
4182	u	a	pcptcpservice	Production Company Pro TCP Service				2007-05	
4183	t	a	cyborgnet	CyborgNet communications protocol				2015-11-13	
4183	u	a	cyborgnet	CyborgNet communications protocol				2015-11-13	
4184	t	a	universe-suite	UNIVERSE SUITE MESSAGE SERVICE\nIANA assigned this well-formed service name as a replacement for "universe_suite".				2008-01-07	
4184	t	a	universe_suite	UNIVERSE SUITE MESSAGE SERVICE		This entry is an alias to "universe-suite".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-01-07	
4184	u	a	universe-suite	UNIVERSE SUITE MESSAGE SERVICE\nIANA assigned this well-formed service name as a replacement for "universe_suite".				2008-01-07	
4184	u	a	universe_suite	UNIVERSE SUITE MESSAGE SERVICE		This entry is an alias to "universe-suite".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-01-07	
4185	t	a	wcpp	Woven Control Plane Protocol				2008-04-14	
4185	u	a	wcpp	Woven Control Plane Protocol				2008-04-14	
4186	t	a	boxbackupstore	Box Backup Store Service				2008-09-11	
4186	u	r		Reserved					
4187	t	a	csc-proxy	Cascade Proxy\nIANA assigned this well-formed service name as a replacement for "csc_proxy".				2008-09-11	
4187	t	a	csc_proxy	Cascade Proxy		This entry is an alias to "csc-proxy".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-09-11	
4187	u	r		Reserved					
4188	t	a	vatata	Vatata Peer to Peer Protocol				2008-09-15	
4188	u	a	vatata	Vatata Peer to Peer Protocol				2008-09-15	
4189	t	a	pcep	Path Computation Element Communication Protocol					
4189	u	r		Reserved	RFC5440				
4190	t	a	sieve	ManageSieve Protocol					
4190	u	r		Reserved	RFC5804				
4191	t	r		Reserved					
4191	u	a	dsmipv6	Dual Stack MIPv6 NAT Traversal	RFC5555				
4192	t	a	azeti	Azeti Agent Service				2009-11-09	
4192	u	a	azeti-bd	azeti blinddate				2010-02-18	
4193	t	a	pvxplusio	PxPlus remote file srvr				2009-11-09	
4193	u	r		Reserved					
4194	t	a	spdm	Security Protocol and Data Model				2022-01-10	
4194	u	r		Reserved					
4195	t	a	aws-wsp	AWS protocol for cloud remoting solution				2020-04-06	
4195	u	a	aws-wsp	AWS protocol for cloud remoting solution				2020-04-06	
4195	s	a	aws-wsp	AWS protocol for cloud remoting solution				2020-04-06	
4195	d	a	aws-wsp	AWS protocol for cloud remoting solution				2020-04-06	
4196	tu	u		Unassigned					
4197	t	a	hctl	Harman HControl Protocol				2017-02-16	
4197	u	a	hctl	Harman HControl Protocol				2017-02-16	
4198	tu	u		Unassigned					
4199	t	a	eims-admin	EIMS ADMIN					
4199	u	a	eims-admin	EIMS ADMIN					
4200-4299	tu	a	vrml-multi-use	VRML Multi User Systems					
4300	t	a	corelccam	Corel CCam					
4300	u	a	corelccam	Corel CCam					
4301	t	a	d-data	Diagnostic Data					
4301	u	a	d-data	Diagnostic Data					
4302	t	a	d-data-control	Diagnostic Data Control				2006-09	
4302	u	a	d-data-control	Diagnostic Data Control				2006-09	
4303	t	a	srcp	Simple Railroad Command Protocol				2007-01	
4303	u	a	srcp	Simple Railroad Command Protocol				2007-01	
4304	t	a	owserver	One-Wire Filesystem Server		Defined TXT keys: txtvers		2007-01	
4304	u	a	owserver	One-Wire Filesystem Server		Defined TXT keys: txtvers		2007-01	
4305	t	a	batman	better approach to mobile ad-hoc networking				2007-08-30	
4305	u	a	batman	better approach to mobile ad-hoc networking				2007-08-30	
4306	t	a	pinghgl	Hellgate London				2007-08-30	
4306	u	a	pinghgl	Hellgate London				2007-08-30	
4307	t	a	trueconf	TrueConf Videoconference Service				2007-10-22	2017-05-12
4307	u	a	trueconf	TrueConf Videoconference Service				2007-10-22	2017-05-12
4308	t	a	compx-lockview	CompX-LockView				2007-10-22	
4308	u	a	compx-lockview	CompX-LockView				2007-10-22	
4309	t	a	dserver	Exsequi Appliance Discovery				2007-01	
4309	u	a	dserver	Exsequi Appliance Discovery				2007-01	
4310	t	a	mirrtex	Mir-RT exchange service				2008-02-14	
4310	u	a	mirrtex	Mir-RT exchange service				2008-02-14	
4311	t	a	p6ssmc	P6R Secure Server Management Console				2010-01-21	
4311	u	r		Reserved					
4312	t	a	pscl-mgt	Parascale Membership Manager				2010-01-21	
4312	u	r		Reserved					
4313	t	a	perrla	PERRLA User Services				2010-01-21	
4313	u	r		Reserved					
4314	t	a	choiceview-agt	ChoiceView Agent				2013-03-28	
4314	u	r		Reserved					
4315	tu	u		Unassigned			Unauthorized Use Known on port 4315		
4316	t	a	choiceview-clt	ChoiceView Client				2013-03-28	
4316	u	r		Reserved					
4317	t	a	opentelemetry	OpenTelemetry Protocol				2020-12-09	
4317	u	r		Reserved					
4318	tu	u		Unassigned					
4319	t	a	fox-skytale	Fox SkyTale encrypted communication				2022-01-20	2024-04-29
4319	u	a	fox-skytale	Fox SkyTale encrypted communication				2022-01-20	2024-04-29
4320	t	a	fdt-rcatp	FDT Remote Categorization Protocol				2006-03	
4320	u	a	fdt-rcatp	FDT Remote Categorization Protocol				2006-03	
4321	t	a	rwhois	Remote Who Is	RFC2167				
4321	u	a	rwhois	Remote Who Is	RFC2167				
4322	t	a	trim-event	TRIM Event Service					
4322	u	a	trim-event	TRIM Event Service					
4323	t	a	trim-ice	TRIM ICE Service				2007-02	
4323	u	a	trim-ice	TRIM ICE Service				2007-02	
4324	tu	r		Reserved		This entry is being removed on 2015-05-12.			2015-05-12
4325	t	a	geognosisadmin	Cadcorp GeognoSIS Administrator					2022-08-12
4325	u	a	geognosisman	Cadcorp GeognoSIS Administrator					2022-08-12
4326	t	a	geognosis	Cadcorp GeognoSIS				2006-11	2022-08-12
4326	u	a	geognosis	Cadcorp GeognoSIS				2006-11	2022-08-12
4327	t	a	jaxer-web	Jaxer Web Protocol				2008-01-07	
4327	u	a	jaxer-web	Jaxer Web Protocol				2008-01-07	
4328	t	a	jaxer-manager	Jaxer Manager Command Protocol				2008-01-22	
4328	u	a	jaxer-manager	Jaxer Manager Command Protocol				2008-01-22	
4329	t	a	publiqare-sync	PubliQare Distributed Environment Synchronisation Engine				2011-02-07	
4329	u	r		Reserved					
4330	t	a	dey-sapi	DEY Storage Administration REST API				2013-03-01	
4330	u	r		Reserved					
4331	t	a	ktickets-rest	ktickets REST API for event management and ticketing systems (embedded POS devices)				2014-04-04	
4331	u	r		Reserved					
4332	t	a	getty-focus	Getty Images FOCUS service				2019-04-18	
4332	u	r		Reserved					
4333	t	a	ahsp	ArrowHead Service Protocol (AHSP)				2014-04-10	
4333	u	a	ahsp	ArrowHead Service Protocol (AHSP)				2014-04-10	
4333	s	a	ahsp	ArrowHead Service Protocol (AHSP)				2014-04-10	
4334	t	a	netconf-ch-ssh	NETCONF Call Home (SSH)	RFC8071			2016-01-12	
4334	u	r		Reserved					
4335	t	a	netconf-ch-tls	NETCONF Call Home (TLS)	RFC8071			2016-01-12	
4335	u	r		Reserved					
4336	t	a	restconf-ch-tls	RESTCONF Call Home (TLS)	RFC8071			2016-01-12	
4336	u	r		Reserved					
4337-4339	tu	u		Unassigned					
4340	t	a	gaia	Gaia Connector Protocol				2007-11-12	
4340	u	a	gaia	Gaia Connector Protocol				2007-11-12	
4341	t	r		Reserved				2007-11-12	2018-11-30
4341	u	a	lisp-data	LISP Data Packets	RFC9300			2007-11-12	2021-02-17
4342	t	r		Reserved					2018-11-30
4342	u	a	lisp-control	LISP Control Packets	RFC9301			2007-05	2021-02-25
4343	t	a	unicall	UNICALL					
4343	u	a	unicall	UNICALL					
4344	t	a	vinainstall	VinaInstall					
4344	u	a	vinainstall	VinaInstall					
4345	t	a	m4-network-as	Macro 4 Network AS					
4345	u	a	m4-network-as	Macro 4 Network AS					
4346	t	a	elanlm	ELAN LM					
4346	u	a	elanlm	ELAN LM					
4347	t	a	lansurveyor	LAN Surveyor					
4347	u	a	lansurveyor	LAN Surveyor					
4348	t	a	itose	ITOSE					
4348	u	a	itose	ITOSE					
4349	t	a	fsportmap	File System Port Map					
4349	u	a	fsportmap	File System Port Map					
4350	t	a	net-device	Net Device					
4350	u	a	net-device	Net Device					
4351	t	a	plcy-net-svcs	PLCY Net Services					
4351	u	a	plcy-net-svcs	PLCY Net Services					
4352	t	a	pjlink	Projector Link				2005-06	
4352	u	a	pjlink	Projector Link				2005-06	
4353	t	a	f5-iquery	F5 iQuery					
4353	u	a	f5-iquery	F5 iQuery					
4354	t	a	qsnet-trans	QSNet Transmitter					
4354	u	a	qsnet-trans	QSNet Transmitter					
4355	t	a	qsnet-workst	QSNet Workstation					
4355	u	a	qsnet-workst	QSNet Workstation					
4356	t	a	qsnet-assist	QSNet Assistant					
4356	u	a	qsnet-assist	QSNet Assistant					
4357	t	a	qsnet-cond	QSNet Conductor					
4357	u	a	qsnet-cond	QSNet Conductor					
4358	t	a	qsnet-nucl	QSNet Nucleus					
4358	u	a	qsnet-nucl	QSNet Nucleus					
4359	t	a	omabcastltkm	OMA BCAST Long-Term Key Messages				2007-09-07	
4359	u	a	omabcastltkm	OMA BCAST Long-Term Key Messages				2007-09-07	
4360	t	a	matrix-vnet	Matrix VNet Communication Protocol\nIANA assigned this well-formed service name as a replacement for "matrix_vnet".				2009-03-18	
4360	t	a	matrix_vnet	Matrix VNet Communication Protocol		This entry is an alias to "matrix-vnet".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2009-03-18	
4360	u	r		Reserved					
4361	t	r		Reserved					
4361	u	a	nacnl	NavCom Discovery and Control Port				2009-03-18	
4362	t	r		Reserved					
4362	u	a	afore-vdp-disc	AFORE vNode Discovery protocol				2011-02-08	
4363-4365	tu	u		Unassigned					
4366	u	a	shadowstream	ShadowStream System				2014-12-17	
4366	t	r		Reserved					
4367	tu	u		Unassigned					
4368	t	a	wxbrief	WeatherBrief Direct				2006-11	
4368	u	a	wxbrief	WeatherBrief Direct				2006-11	
4369	t	a	epmd	Erlang Port Mapper Daemon					
4369	u	a	epmd	Erlang Port Mapper Daemon					
4370	t	a	elpro-tunnel	ELPRO V2 Protocol Tunnel\nIANA assigned this well-formed service name as a replacement for "elpro_tunnel".				2008-04-14	
4370	t	a	elpro_tunnel	ELPRO V2 Protocol Tunnel		This entry is an alias to "elpro-tunnel".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-04-14	
4370	u	a	elpro-tunnel	ELPRO V2 Protocol Tunnel\nIANA assigned this well-formed service name as a replacement for "elpro_tunnel".				2008-04-14	
4370	u	a	elpro_tunnel	ELPRO V2 Protocol Tunnel		This entry is an alias to "elpro-tunnel".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-04-14	
4371	t	a	l2c-control	LAN2CAN Control		Modified: 21 January 2010		2008-07-07	
4371	u	a	l2c-disc	LAN2CAN Discovery				2010-01-21	
4372	t	a	l2c-data	LAN2CAN Data		Modified: 21 January 2010		2008-07-07	
4372	u	a	l2c-data	LAN2CAN Data				2010-01-21	
4373	t	a	remctl	Remote Authenticated Command Service				2007-08-30	
4373	u	a	remctl	Remote Authenticated Command Service				2007-08-30	
4374	t	a	psi-ptt	PSI Push-to-Talk Protocol				2008-07-17	
4374	u	r		Reserved					
4375	t	a	tolteces	Toltec EasyShare				2008-10-21	
4375	u	a	tolteces	Toltec EasyShare				2008-10-21	
4376	t	a	bip	BioAPI Interworking				2007-07-05	
4376	u	a	bip	BioAPI Interworking				2007-07-05	
4377	t	a	cp-spxsvr	Cambridge Pixel SPx Server					
4377	u	a	cp-spxsvr	Cambridge Pixel SPx Server					
4378	t	a	cp-spxdpy	Cambridge Pixel SPx Display				2007-07-05	
4378	u	a	cp-spxdpy	Cambridge Pixel SPx Display				2007-07-05	
4379	t	a	ctdb	CTDB				2007-07-05	
4379	u	a	ctdb	CTDB				2007-07-05	
4380-4388	tu	u		Unassigned					
4389	t	a	xandros-cms	Xandros Community Management Service				2007-05	
4389	u	a	xandros-cms	Xandros Community Management Service				2007-05	
4390	t	a	wiegand	Physical Access Control				2008-08-25	
4390	u	a	wiegand	Physical Access Control				2008-08-25	
4391	t	a	apwi-imserver	American Printware IMServer Protocol				2009-02-12	
4391	u	r		Reserved					
4392	t	a	apwi-rxserver	American Printware RXServer Protocol				2009-02-12	
4392	u	r		Reserved					
4393	t	a	apwi-rxspooler	American Printware RXSpooler Protocol				2009-02-12	
4393	u	r		Reserved					
4394	t	r		Reserved					
4394	u	a	apwi-disc	American Printware Discovery				2009-02-12	
4395	t	a	omnivisionesx	OmniVision communication for Virtual environments				2009-02-12	
4395	u	a	omnivisionesx	OmniVision communication for Virtual environments				2009-02-12	
4396	t	a	fly	Fly Object Space				2009-02-12	
4396	u	r		Reserved					
4397-4399	tu	u		Unassigned					
4400	t	a	ds-srv	ASIGRA Services				2004-11	
4400	u	a	ds-srv	ASIGRA Services				2004-11	
4401	t	a	ds-srvr	ASIGRA Televaulting DS-System Service					
4401	u	a	ds-srvr	ASIGRA Televaulting DS-System Service					
4402	t	a	ds-clnt	ASIGRA Televaulting DS-Client Service					
4402	u	a	ds-clnt	ASIGRA Televaulting DS-Client Service					
4403	t	a	ds-user	ASIGRA Televaulting DS-Client Monitoring/Management					
4403	u	a	ds-user	ASIGRA Televaulting DS-Client Monitoring/Management					
4404	t	a	ds-admin	ASIGRA Televaulting DS-System Monitoring/Management					
4404	u	a	ds-admin	ASIGRA Televaulting DS-System Monitoring/Management					
4405	t	a	ds-mail	ASIGRA Televaulting Message Level Restore service					
4405	u	a	ds-mail	ASIGRA Televaulting Message Level Restore service					
4406	t	a	ds-slp	ASIGRA Televaulting DS-Sleeper Service				2005-01	
4406	u	a	ds-slp	ASIGRA Televaulting DS-Sleeper Service				2005-01	
4407	t	a	nacagent	Network Access Control Agent				2008-06-30	
4407	u	r		Reserved					
4408	t	a	slscc	SLS Technology Control Centre				2008-01-28	
4408	u	r		Reserved					
4409	t	a	netcabinet-com	Net-Cabinet comunication				2009-12-16	
4409	u	r		Reserved					
4410	t	a	itwo-server	RIB iTWO Application Server				2009-12-16	
4410	u	r		Reserved					
4411	t	a	found	Found Messaging Protocol		Defined TXT keys: id, key		2012-04-11	
4411	u	r		Reserved					
4412	t	r		Reserved					
4412	u	a	smallchat	SmallChat				2015-08-18	
4413	t	a	avi-nms	AVI Systems NMS				2015-09-18	
4413	u	a	avi-nms-disc	AVI Systems NMS				2015-09-18	
4414	t	a	updog	Updog Monitoring and Status Framework				2015-10-05	
4414	u	r		Reserved					
4415	t	a	brcd-vr-req	Brocade Virtual Router Request				2015-11-17	
4415	u	r		Reserved					
4416	t	a	pjj-player	PJJ Media Player				2015-11-18	
4416	u	a	pjj-player-disc	PJJ Media Player discovery				2015-11-18	
4417	t	a	workflowdir	Workflow Director Communication				2015-12-11	
4417	u	r		Reserved					
4418	t	r		Reserved					
4418	u	a	axysbridge	AXYS communication protocol				2016-03-14	
4419	t	a	cbp	Colnod Binary Protocol				2016-03-23	
4419	u	r		Reserved					
4420	t	a	nvme	NVM Express over Fabrics storage access				2016-03-31	2018-03-27
4420	u	a	nvme	NVM Express over Fabrics storage access				2016-03-31	2018-03-27
4421	t	a	scaleft	Multi-Platform Remote Management for Cloud Infrastructure				2016-04-07	
4421	u	r		Reserved					
4422	t	a	tsepisp	TSEP Installation Service Protocol				2016-06-22	
4422	u	r		Reserved					
4423	t	a	thingkit	thingkit secure mesh				2016-06-27	
4423	u	r		Reserved					
4424	tu	u		Unassigned					
4425	t	a	netrockey6	NetROCKEY6 SMART Plus Service				2010-09-15	
4425	u	a	netrockey6	NetROCKEY6 SMART Plus Service				2010-09-15	
4426	t	a	beacon-port-2	SMARTS Beacon Port				2003-11	
4426	u	a	beacon-port-2	SMARTS Beacon Port				2003-11	
4427	t	a	drizzle	Drizzle database server				2008-07-09	
4427	u	r		Reserved					
4428	t	a	omviserver	OMV-Investigation Server-Client				2009-05-20	
4428	u	r		Reserved					
4429	t	a	omviagent	OMV Investigation Agent-Server				2009-05-20	
4429	u	r		Reserved					
4430	t	a	rsqlserver	REAL SQL Server				2008-08-28	
4430	u	a	rsqlserver	REAL SQL Server				2008-08-28	
4431	t	a	wspipe	adWISE Pipe				2009-06-18	
4431	u	r		Reserved					
4432	t	a	l-acoustics	L-ACOUSTICS management				2012-08-13	
4432	u	a	l-acoustics	L-ACOUSTICS management				2012-08-13	
4433	t	a	vop	Versile Object Protocol				2012-02-01	
4433	u	r		Reserved					
4434-4440	tu	u		Unassigned					
4441	t	r		Reserved					
4441	u	a	netblox	Netblox Protocol				2008-07-10	
4442	t	a	saris	Saris					
4442	u	a	saris	Saris					
4443	t	a	pharos	Pharos			Known Unauthorized Use on port 4443		
4443	u	a	pharos	Pharos			Known Unauthorized Use on port 4443		
4444	t	a	krb524	KRB524			krb524 assigned the port, nv used it without an assignment		
4444	u	a	krb524	KRB524			krb524 assigned the port, nv used it without an assignment		
4444	t	a	nv-video	NV Video default			krb524 assigned the port, nv used it without an assignment		
4444	u	a	nv-video	NV Video default			krb524 assigned the port, nv used it without an assignment		
4445	t	a	upnotifyp	UPNOTIFYP					
4445	u	a	upnotifyp	UPNOTIFYP					
4446	t	a	n1-fwp	N1-FWP					
4446	u	a	n1-fwp	N1-FWP					
4447	t	a	n1-rmgmt	N1-RMGMT					
4447	u	a	n1-rmgmt	N1-RMGMT					
4448	t	a	asc-slmd	ASC Licence Manager					
4448	u	a	asc-slmd	ASC Licence Manager					
4449	t	a	privatewire	PrivateWire					
4449	u	a	privatewire	PrivateWire					
4450	t	a	camp	Common ASCII Messaging Protocol					2011-10-28
4450	u	a	camp	Common ASCII Messaging Protocol					2011-10-28
4451	t	a	ctisystemmsg	CTI System Msg					2011-10-28
4451	u	a	ctisystemmsg	CTI System Msg					2011-10-28
4452	t	a	ctiprogramload	CTI Program Load					2011-10-28
4452	u	a	ctiprogramload	CTI Program Load					2011-10-28
4453	t	a	nssalertmgr	NSS Alert Manager					
4453	u	a	nssalertmgr	NSS Alert Manager					
4454	t	a	nssagentmgr	NSS Agent Manager					
4454	u	a	nssagentmgr	NSS Agent Manager					
4455	t	a	prchat-user	PR Chat User					
4455	u	a	prchat-user	PR Chat User					
4456	t	a	prchat-server	PR Chat Server					
4456	u	a	prchat-server	PR Chat Server					
4457	t	a	prRegister	PR Register					
4457	u	a	prRegister	PR Register					
4458	t	a	mcp	Matrix Configuration Protocol				2006-12	
4458	u	a	mcp	Matrix Configuration Protocol				2006-12	
4459	tu	u		Unassigned					
4460	t	a	ntske	Network Time Security Key Establishment	RFC8915			2020-04-07	
4460	u	r		Reserved					
4461-4483	tu	u		Unassigned					
4484	t	a	hpssmgmt	hpssmgmt service				2005-11	
4484	u	a	hpssmgmt	hpssmgmt service				2005-11	
4485	t	a	assyst-dr	Assyst Data Repository Service				2008-08-26	
4485	u	r		Reserved					
4486	t	a	icms	Integrated Client Message Service				2010-09-27	
4486	u	a	icms	Integrated Client Message Service				2010-09-27	
4487	t	a	prex-tcp	Protocol for Remote Execution over TCP				2010-09-16	
4487	u	r		Reserved					
4488	t	a	awacs-ice	Apple Wide Area Connectivity Service ICE Bootstrap				2010-09-24	
4488	u	a	awacs-ice	Apple Wide Area Connectivity Service ICE Bootstrap				2010-09-24	
4489-4499	tu	u		Unassigned			Known UNAUTHORIZED USE: Ports 4490 and 4491		
4500	t	a	ipsec-nat-t	IPsec NAT-Traversal	RFC9329				2022-09-15
4500	u	a	ipsec-nat-t	IPsec NAT-Traversal	RFC3948|RFC7296				2017-07-07
4501	tu	u		Unassigned		De-registered 08 June 2001			
4502	s	a	a25-fap-fgw	A25 (FAP-FGW)				2012-01-11	
4503-4533	tu	u		Unassigned					
4534	t	r		Reserved					
4534	u	a	armagetronad	Armagetron Advanced Game Server				2012-11-02	
4535	t	a	ehs	Event Heap Server					
4535	u	a	ehs	Event Heap Server					
4536	t	a	ehs-ssl	Event Heap Server SSL				2005-08	
4536	u	a	ehs-ssl	Event Heap Server SSL				2005-08	
4537	t	a	wssauthsvc	WSS Security Service				2006-01	
4537	u	a	wssauthsvc	WSS Security Service				2006-01	
4538	t	a	swx-gate	Software Data Exchange Gateway				2006-05	
4538	u	a	swx-gate	Software Data Exchange Gateway				2006-05	
4539-4544	tu	u		Unassigned					
4545	t	a	worldscores	WorldScores					
4545	u	a	worldscores	WorldScores					
4546	t	a	sf-lm	SF License Manager (Sentinel)					
4546	u	a	sf-lm	SF License Manager (Sentinel)					
4547	t	a	lanner-lm	Lanner License Manager					
4547	u	a	lanner-lm	Lanner License Manager					
4548	t	a	synchromesh	Synchromesh				2006-02	
4548	u	a	synchromesh	Synchromesh				2006-02	
4549	t	a	aegate	Aegate PMR Service				2006-03	
4549	u	a	aegate	Aegate PMR Service				2006-03	
4550	t	a	gds-adppiw-db	Perman I Interbase Server				2006-04	
4550	u	a	gds-adppiw-db	Perman I Interbase Server				2006-04	
4551	t	a	ieee-mih	MIH Services	RFC5677				
4551	u	a	ieee-mih	MIH Services	RFC5677				
4552	t	a	menandmice-mon	Men and Mice Monitoring				2009-05-20	
4552	u	a	menandmice-mon	Men and Mice Monitoring				2009-05-20	
4553	t	a	icshostsvc	ICS host services				2009-09-23	
4553	u	r		Reserved					
4554	t	a	msfrs	MS FRS Replication				2006-09	
4554	u	a	msfrs	MS FRS Replication				2006-09	
4555	t	a	rsip	RSIP Port	RFC3103				
4555	u	a	rsip	RSIP Port	RFC3103				
4556	t	a	dtn-bundle	DTN Bundle TCP CL Protocol	RFC9174				2021-02-22
4556	u	a	dtn-bundle	DTN Bundle UDP CL Protocol	RFC7122			2006-11	2014-02-21
4556	d	a	dtn-bundle	DTN Bundle DCCP CL Protocol	RFC7122			2013-11-12	2014-02-21
4557	t	r		Reserved					
4557	u	a	mtcevrunqss	Marathon everRun Quorum Service Server				2009-06-18	
4558	t	r		Reserved					
4558	u	a	mtcevrunqman	Marathon everRun Quorum Service Manager				2009-06-18	
4559	t	a	hylafax	HylaFAX				2002-03	
4559	u	a	hylafax	HylaFAX				2002-03	
4560-4562	tu	u		Unassigned					
4563	t	a	amahi-anywhere	Amahi Anywhere				2014-02-27	
4563	u	r		Reserved					
4564-4565	tu	u		Unassigned					
4566	t	a	kwtc	Kids Watch Time Control Service				2006-10	
4566	u	a	kwtc	Kids Watch Time Control Service				2006-10	
4567	t	a	tram	TRAM					
4567	u	a	tram	TRAM					
4568	t	a	bmc-reporting	BMC Reporting					
4568	u	a	bmc-reporting	BMC Reporting					
4569	t	a	iax	Inter-Asterisk eXchange	RFC5456	Defined TXT keys:\n  auth          plaintext | md5 | rsakeys\n  userid        alphanumeric, additionally '_', '+', '-'\n  secret        any printable ASCII characters\n  domain        any DNS domain name or IP address\n  extension     alphanumeric, additionally '*', '#', '_', '+', '-'\n  context       alphanumeric, additionally '_', '+', '-'\n  trunk         yes | no | 0 | 1\n  welcome       alphanumeric, additionally '*', '#', '_', '+', '-'\n  voicemail     alphanumeric, additionally '*', '#', '_', '+', '-'\n  reception     alphanumeric, additionally '*', '#', '_', '+', '-'\n  echotest      alphanumeric, additionally '*', '#', '_', '+', '-'\n  ivrtest       alphanumeric, additionally '*', '#', '_', '+', '-'\nAll of these TXT record keys are optional, they may be omitted.\nFurther keys may be added in the future.			
4569	u	a	iax	Inter-Asterisk eXchange	RFC5456	Defined TXT keys:\n  auth          plaintext | md5 | rsakeys\n  userid        alphanumeric, additionally '_', '+', '-'\n  secret        any printable ASCII characters\n  domain        any DNS domain name or IP address\n  extension     alphanumeric, additionally '*', '#', '_', '+', '-'\n  context       alphanumeric, additionally '_', '+', '-'\n  trunk         yes | no | 0 | 1\n  welcome       alphanumeric, additionally '*', '#', '_', '+', '-'\n  voicemail     alphanumeric, additionally '*', '#', '_', '+', '-'\n  reception     alphanumeric, additionally '*', '#', '_', '+', '-'\n  echotest      alphanumeric, additionally '*', '#', '_', '+', '-'\n  ivrtest       alphanumeric, additionally '*', '#', '_', '+', '-'\nAll of these TXT record keys are optional, they may be omitted.\nFurther keys may be added in the future.			
4570	t	a	deploymentmap	Service to distribute and update within a site deployment information for Oracle Communications Suite				2013-09-20	
4570	u	r		Reserved					
4571-4572	tu	u		Unassigned					
4573	t	a	cardifftec-back	A port for communication between a server and client for a custom backup system				2016-05-19	
4573	u	r		Reserved					
4574-4589	tu	u		Unassigned					
4590	t	a	rid	RID over HTTP/TLS	RFC6546				
4590	u	r		Reserved					
4591	t	a	l3t-at-an	HRPD L3T (AT-AN)				2009-02-27	
4591	u	a	l3t-at-an	HRPD L3T (AT-AN)				2009-02-27	
4592	t	r		Reserved					
4592	u	a	hrpd-ith-at-an	HRPD-ITH (AT-AN)				2008-06-05	
4593	t	a	ipt-anri-anri	IPT (ANRI-ANRI)					
4593	u	a	ipt-anri-anri	IPT (ANRI-ANRI)					
4594	t	a	ias-session	IAS-Session (ANRI-ANRI)					
4594	u	a	ias-session	IAS-Session (ANRI-ANRI)					
4595	t	a	ias-paging	IAS-Paging (ANRI-ANRI)					
4595	u	a	ias-paging	IAS-Paging (ANRI-ANRI)					
4596	t	a	ias-neighbor	IAS-Neighbor (ANRI-ANRI)				2007-07-31	
4596	u	a	ias-neighbor	IAS-Neighbor (ANRI-ANRI)				2007-07-31	
4597	t	a	a21-an-1xbs	A21 (AN-1xBS)				2006-02	
4597	u	a	a21-an-1xbs	A21 (AN-1xBS)				2006-02	
4598	t	a	a16-an-an	A16 (AN-AN)				2005-12	
4598	u	a	a16-an-an	A16 (AN-AN)				2005-12	
4599	t	a	a17-an-an	A17 (AN-AN)				2006-02	
4599	u	a	a17-an-an	A17 (AN-AN)				2006-02	
4600	t	a	piranha1	Piranha1					
4600	u	a	piranha1	Piranha1					
4601	t	a	piranha2	Piranha2					
4601	u	a	piranha2	Piranha2					
4602	t	a	mtsserver	EAX MTS Server				2008-08-06	
4602	u	r		Reserved					
4603	t	a	menandmice-upg	Men & Mice Upgrade Agent				2010-01-27	
4603	u	r		Reserved					
4604	t	a	irp	Identity Registration Protocol				2014-03-17	2014-08-26
4604	u	r		Reserved					
4605	t	a	sixchat	Direct End to End Secure Chat Protocol				2014-09-11	
4605	u	r		Reserved					
4606	t	a	sixid	Secure ID to IP registration and lookup				2020-04-28	
4606	u	r		Reserved					
4607-4620	tu	u		Unassigned					
4621	t	r		Reserved					
4621	u	a	ventoso	Bidirectional single port remote radio VOIP and Control stream				2016-03-04	
4622-4645	tu	u		Unassigned					
4646	t	a	dots-signal	Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names "_dots-signal._udp" and "_dots-signal._tcp" for discovering DOTS servers used to establish DOTS signal channel.	RFC8973|RFC9132			2020-01-16	2021-06-14
4646	u	a	dots-signal	Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names "_dots-signal._udp" and "_dots-signal._tcp" for discovering DOTS servers used to establish DOTS signal channel.	RFC8973|RFC9132			2020-01-16	2021-06-14
4647-4657	tu	u		Unassigned					
4658	t	a	playsta2-app	PlayStation2 App Port					
4658	u	a	playsta2-app	PlayStation2 App Port					
4659	t	a	playsta2-lob	PlayStation2 Lobby Port				2004-12	
4659	u	a	playsta2-lob	PlayStation2 Lobby Port				2004-12	
4660	t	a	smaclmgr	smaclmgr					
4660	u	a	smaclmgr	smaclmgr					
4661	t	a	kar2ouche	Kar2ouche Peer location service					
4661	u	a	kar2ouche	Kar2ouche Peer location service					
4662	t	a	oms	OrbitNet Message Service				2005-08	
4662	u	a	oms	OrbitNet Message Service				2005-08	
4663	t	a	noteit	Note It! Message Service				2006-02	
4663	u	a	noteit	Note It! Message Service				2006-02	
4664	t	a	ems	Rimage Messaging Server				2006-02	
4664	u	a	ems	Rimage Messaging Server				2006-02	
4665	t	a	contclientms	Container Client Message Service				2006-02	
4665	u	a	contclientms	Container Client Message Service				2006-02	
4666	t	a	eportcomm	E-Port Message Service					
4666	u	a	eportcomm	E-Port Message Service					
4667	t	a	mmacomm	MMA Comm Services					
4667	u	a	mmacomm	MMA Comm Services					
4668	t	a	mmaeds	MMA EDS Service				2006-02	
4668	u	a	mmaeds	MMA EDS Service				2006-02	
4669	t	a	eportcommdata	E-Port Data Service				2006-02	
4669	u	a	eportcommdata	E-Port Data Service				2006-02	
4670	t	a	light	Light packets transfer protocol				2006-10	
4670	u	a	light	Light packets transfer protocol				2006-10	
4671	t	a	acter	Bull RSF action server				2006-02	
4671	u	a	acter	Bull RSF action server				2006-02	
4672	t	a	rfa	remote file access server					
4672	u	a	rfa	remote file access server					
4673	t	a	cxws	CXWS Operations				2005-08	
4673	u	a	cxws	CXWS Operations				2005-08	
4674	t	a	appiq-mgmt	AppIQ Agent Management				2005-08	
4674	u	a	appiq-mgmt	AppIQ Agent Management				2005-08	
4675	t	a	dhct-status	BIAP Device Status					
4675	u	a	dhct-status	BIAP Device Status					
4676	t	a	dhct-alerts	BIAP Generic Alert				2005-08	
4676	u	a	dhct-alerts	BIAP Generic Alert				2005-08	
4677	t	a	bcs	Business Continuity Servi				2005-08	
4677	u	a	bcs	Business Continuity Servi				2005-08	
4678	t	a	traversal	boundary traversal				2005-08	
4678	u	a	traversal	boundary traversal				2005-08	
4679	t	a	mgesupervision	MGE UPS Supervision					
4679	u	a	mgesupervision	MGE UPS Supervision					
4680	t	a	mgemanagement	MGE UPS Management				2005-08	
4680	u	a	mgemanagement	MGE UPS Management				2005-08	
4681	t	a	parliant	Parliant Telephony System				2005-08	
4681	u	a	parliant	Parliant Telephony System				2005-08	
4682	t	a	finisar	finisar				2005-08	
4682	u	a	finisar	finisar				2005-08	
4683	t	a	spike	Spike Clipboard Service				2005-08	
4683	u	a	spike	Spike Clipboard Service				2005-08	
4684	t	a	rfid-rp1	RFID Reader Protocol 1.0				2005-08	
4684	u	a	rfid-rp1	RFID Reader Protocol 1.0				2005-08	
4685	t	a	autopac	Autopac Protocol				2005-08	
4685	u	a	autopac	Autopac Protocol				2005-08	
4686	t	a	msp-os	Manina Service Protocol				2005-08	
4686	u	a	msp-os	Manina Service Protocol				2005-08	
4687	t	a	nst	Network Scanner Tool FTP				2005-08	
4687	u	a	nst	Network Scanner Tool FTP				2005-08	
4688	t	a	mobile-p2p	Mobile P2P Service				2008-12-04	
4688	u	a	mobile-p2p	Mobile P2P Service				2008-12-04	
4689	t	a	altovacentral	Altova DatabaseCentral				2005-08	
4689	u	a	altovacentral	Altova DatabaseCentral				2005-08	
4690	t	a	prelude	Prelude IDS message proto				2005-08	
4690	u	a	prelude	Prelude IDS message proto				2005-08	
4691	t	a	mtn	monotone Netsync Protocol				2010-12-22	
4691	u	a	mtn	monotone Netsync Protocol				2010-12-22	
4692	t	a	conspiracy	Conspiracy messaging				2005-08	
4692	u	a	conspiracy	Conspiracy messaging				2005-08	
4693-4699	tu	u		Unassigned					
4700	t	a	netxms-agent	NetXMS Agent					
4700	u	a	netxms-agent	NetXMS Agent					
4701	t	a	netxms-mgmt	NetXMS Management					
4701	u	a	netxms-mgmt	NetXMS Management					
4702	t	a	netxms-sync	NetXMS Server Synchronization				2006-07	
4702	u	a	netxms-sync	NetXMS Server Synchronization				2006-07	
4703	t	a	npqes-test	Network Performance Quality Evaluation System Test Service				2010-06-28	
4703	u	r		Reserved					
4704	t	a	assuria-ins	Assuria Insider				2010-06-30	
4704	u	r		Reserved					
4705-4710	tu	u		Unassigned					
4711	t	a	trinity-dist	Trinity Trust Network Node Communication				2017-01-12	
4711	u	a	trinity-dist	Trinity Trust Network Node Communication				2017-01-12	
4711	s	a	trinity-dist	Trinity Trust Network Node Communication				2017-01-12	
4712-4724	tu	u		Unassigned					
4725	t	a	truckstar	TruckStar Service				2010-10-15	
4725	u	a	truckstar	TruckStar Service				2010-10-15	
4726	t	r		Reserved					
4726	u	a	a26-fap-fgw	A26 (FAP-FGW)				2010-10-15	
4727	t	a	fcis	F-Link Client Information Service					
4727	u	a	fcis-disc	F-Link Client Information Service Discovery				2010-10-15	
4728	t	a	capmux	CA Port Multiplexer				2006-06	
4728	u	a	capmux	CA Port Multiplexer				2006-06	
4729	t	r		Reserved					
4729	u	a	gsmtap	GSM Interface Tap				2009-01-16	
4730	t	a	gearman	Gearman Job Queue System				2009-01-16	
4730	u	a	gearman	Gearman Job Queue System				2009-01-16	
4731	t	a	remcap	Remote Capture Protocol				2009-01-16	
4731	u	r		Reserved					
4732	t	r		Reserved					
4732	u	a	ohmtrigger	OHM server trigger				2009-11-18	
4733	t	a	resorcs	RES Orchestration Catalog Services				2009-11-18	
4733	u	r		Reserved					
4734-4736	tu	u		Unassigned					
4737	t	a	ipdr-sp	IPDR/SP				2005-08	
4737	u	a	ipdr-sp	IPDR/SP				2005-08	
4738	t	a	solera-lpn	SoleraTec Locator				2005-12	
4738	u	a	solera-lpn	SoleraTec Locator				2005-12	
4739	t	a	ipfix	IP Flow Info Export				2005-08	
4739	u	a	ipfix	IP Flow Info Export				2005-08	
4739	s	a	ipfix	IP Flow Info Export				2006-01	
4740	t	a	ipfixs	ipfix protocol over TLS				2006-10	
4740	s	a	ipfixs	ipfix protocol over DTLS				2006-10	
4740	u	a	ipfixs	ipfix protocol over DTLS				2006-10	
4741	t	a	lumimgrd	Luminizer Manager				2007-03	
4741	u	a	lumimgrd	Luminizer Manager				2007-03	
4742	t	a	sicct	SICCT					
4742	u	a	sicct-sdp	SICCT Service Discovery Protocol				2006-04	
4743	t	a	openhpid	openhpi HPI service				2006-01	
4743	u	a	openhpid	openhpi HPI service				2006-01	
4744	t	a	ifsp	Internet File Synchronization Protocol				2007-09-12	
4744	u	a	ifsp	Internet File Synchronization Protocol				2007-09-12	
4745	t	a	fmp	Funambol Mobile Push				2007-01	
4745	u	a	fmp	Funambol Mobile Push				2007-01	
4746	t	r		Reserved					
4746	u	a	intelliadm-disc	IntelliAdmin Discovery				2016-11-18	
4747	u	a	buschtrommel	peer-to-peer file exchange protocol				2013-01-14	
4747	t	r		Reserved					
4748	tu	u		Unassigned					
4749	t	a	profilemac	Profile for Mac				2006-05	
4749	u	a	profilemac	Profile for Mac				2006-05	
4750	t	a	ssad	Simple Service Auto Discovery				2005-12	
4750	u	a	ssad	Simple Service Auto Discovery				2005-12	
4751	t	a	spocp	Simple Policy Control Protocol				2005-08	
4751	u	a	spocp	Simple Policy Control Protocol				2005-08	
4752	t	a	snap	Simple Network Audio Protocol				2002-02	
4752	u	a	snap	Simple Network Audio Protocol				2002-02	
4753	t	a	simon	Simple Invocation of Methods Over Network (SIMON)				2012-04-19	
4753	u	a	simon-disc	Simple Invocation of Methods Over Network (SIMON) Discovery				2012-04-19	
4754	t	r		Reserved					
4754	u	a	gre-in-udp	GRE-in-UDP Encapsulation	RFC8086			2016-10-05	
4755	t	r		Reserved					
4755	u	a	gre-udp-dtls	GRE-in-UDP Encapsulation with DTLS	RFC8086			2016-10-05	
4756	t	a	RDCenter	Reticle Decision Center				2016-10-17	
4756	u	r		Reserved					
4757-4773	tu	u		Unassigned					
4774	t	a	converge	Converge RPC				2016-09-16	
4774	u	r		Reserved					
4775-4783	tu	u		Unassigned					
4784	t	a	bfd-multi-ctl	BFD Multihop Control				2006-02	
4784	u	a	bfd-multi-ctl	BFD Multihop Control				2006-02	
4785	t	r		Reserved					
4785	u	a	cncp	Cisco Nexus Control Protocol				2009-04-01	
4786	t	a	smart-install	Smart Install Service				2009-08-24	
4786	u	r		Reserved					
4787	t	a	sia-ctrl-plane	Service Insertion Architecture (SIA) Control-Plane				2009-10-29	
4787	u	r		Reserved					
4788	t	a	xmcp	eXtensible Messaging Client Protocol		Defined TXT keys:     txtvers=1 (as described in the draft)\n      protovers=<comma-separated list of major/minor versions supported>\n(examples: "protovers=1.0" "protovers=1.1,2.0"		2011-05-23	2011-10-25
4788	u	r		Reserved					
4789	u	a	vxlan	Virtual eXtensible Local Area Network (VXLAN)	RFC7348			2013-04-19	2014-06-17
4789	t	r		Reserved					
4790	u	a	vxlan-gpe	Generic Protocol Extension for Virtual eXtensible Local Area Network (VXLAN)				2014-08-26	
4790	t	r		Reserved					
4791	u	a	roce	IP Routable RocE				2014-10-17	
4791	t	r		Reserved					
4792	t	a	unified-bus	IP Routable Unified Bus				2022-07-08	2023-04-10
4792	u	a	unified-bus	IP Routable Unified Bus				2022-07-08	2023-04-10
4793-4799	tu	u		Unassigned					
4800	t	a	iims	Icona Instant Messenging System					
4800	u	a	iims	Icona Instant Messenging System					
4801	t	a	iwec	Icona Web Embedded Chat					
4801	u	a	iwec	Icona Web Embedded Chat					
4802	t	a	ilss	Icona License System Server					
4802	u	a	ilss	Icona License System Server					
4803	t	a	notateit	Notateit Messaging					
4803	u	a	notateit-disc	Notateit Messaging Discovery				2009-04-08	
4804	t	r		Reserved					
4804	u	a	aja-ntv4-disc	AJA ntv4 Video System Discovery				2010-06-03	
4805-4826	tu	u		Unassigned					
4827	t	a	htcp	HTCP					
4827	u	a	htcp	HTCP					
4828-4836	tu	u		Unassigned					
4837	t	a	varadero-0	Varadero-0					
4837	u	a	varadero-0	Varadero-0					
4838	t	a	varadero-1	Varadero-1					
4838	u	a	varadero-1	Varadero-1					
4839	t	a	varadero-2	Varadero-2					
4839	u	a	varadero-2	Varadero-2					
4840	t	a	opcua-tcp	OPC UA Connection Protocol					2018-01-04
4840	u	a	opcua-udp	OPC UA Multicast Datagram Protocol				2006-09	2018-01-04
4841	t	a	quosa	QUOSA Virtual Library Service				2006-09	
4841	u	a	quosa	QUOSA Virtual Library Service				2006-09	
4842	t	a	gw-asv	nCode ICE-flow Library AppServer				2006-09	
4842	u	a	gw-asv	nCode ICE-flow Library AppServer				2006-09	2017-05-23
4843	t	a	opcua-tls	OPC UA TCP Protocol over TLS/SSL				2006-09	2017-05-23
4843	u	a	opcua-tls	OPC UA TCP Protocol over TLS/SSL				2006-09	
4844	t	a	gw-log	nCode ICE-flow Library LogServer				2006-09	
4844	u	a	gw-log	nCode ICE-flow Library LogServer				2006-09	
4845	t	a	wcr-remlib	WordCruncher Remote Library Service				2008-03-17	
4845	u	a	wcr-remlib	WordCruncher Remote Library Service				2008-03-17	
4846	t	a	contamac-icm	Contamac ICM Service\nIANA assigned this well-formed service name as a replacement for "contamac_icm".				2008-03-20	
4846	t	a	contamac_icm	Contamac ICM Service		This entry is an alias to "contamac-icm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-03-20	
4846	u	a	contamac-icm	Contamac ICM Service\nIANA assigned this well-formed service name as a replacement for "contamac_icm".				2008-03-20	
4846	u	a	contamac_icm	Contamac ICM Service		This entry is an alias to "contamac-icm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-03-20	
4847	t	a	wfc	Web Fresh Communication				2007-09-17	
4847	u	a	wfc	Web Fresh Communication				2007-09-17	
4848	t	a	appserv-http	App Server - Admin HTTP					
4848	u	a	appserv-http	App Server - Admin HTTP					
4849	t	a	appserv-https	App Server - Admin HTTPS				2002-04	
4849	u	a	appserv-https	App Server - Admin HTTPS				2002-04	
4850	t	a	sun-as-nodeagt	Sun App Server - NA				2004-11	
4850	u	a	sun-as-nodeagt	Sun App Server - NA				2004-11	
4851	t	a	derby-repli	Apache Derby Replication				2008-02-27	
4851	u	a	derby-repli	Apache Derby Replication				2008-02-27	
4852-4866	tu	u		Unassigned					
4867	t	a	unify-debug	Unify Debugger				2006-05	2012-07-31
4867	u	a	unify-debug	Unify Debugger				2006-05	2012-07-31
4868	t	a	phrelay	Photon Relay					
4868	u	a	phrelay	Photon Relay					
4869	t	a	phrelaydbg	Photon Relay Debug					
4869	u	a	phrelaydbg	Photon Relay Debug					
4870	t	a	cc-tracking	Citcom Tracking Service				2005-12	
4870	u	a	cc-tracking	Citcom Tracking Service				2005-12	
4871	t	a	wired	Wired				2006-02	
4871	u	a	wired	Wired				2006-02	
4872-4875	tu	u		Unassigned					
4876	t	a	tritium-can	Tritium CAN Bus Bridge Service				2011-02-15	
4876	u	a	tritium-can	Tritium CAN Bus Bridge Service				2011-02-15	
4877	t	a	lmcs	Lighting Management Control System				2011-02-15	
4877	u	a	lmcs	Lighting Management Control System				2011-02-15	
4878	t	r		Reserved					
4878	u	a	inst-discovery	Agilent Instrument Discovery				2011-02-15	
4879	t	a	wsdl-event	WSDL Event Receiver				2011-02-15	
4879	u	r		Reserved					
4880	t	a	hislip	IVI High-Speed LAN Instrument Protocol					2021-05-06
4880	u	r		Reserved					
4881	t	r		Reserved					
4881	u	a	socp-t	SOCP Time Synchronization Protocol				2010-05-28	
4882	t	r		Reserved					
4882	u	a	socp-c	SOCP Control Protocol				2010-05-28	
4883	t	a	wmlserver	Meier-Phelps License Server				2010-03-22	
4883	u	r		Reserved					
4884	t	a	hivestor	HiveStor Distributed File System				2008-07-10	
4884	u	a	hivestor	HiveStor Distributed File System				2008-07-10	
4885	t	a	abbs	ABBS					
4885	u	a	abbs	ABBS					
4886-4887	tu	u		Unassigned					
4888	t	a	xcap-portal	xcap code analysis portal public user access				2018-06-06	
4888	u	r		Reserved					
4889	t	a	xcap-control	xcap code analysis portal cluster control and administration				2018-06-06	
4889	u	r		Reserved					
4890-4893	tu	u		Unassigned					
4894	t	a	lyskom	LysKOM Protocol A					
4894	u	a	lyskom	LysKOM Protocol A					
4895-4898	tu	u		Unassigned					
4899	t	a	radmin-port	RAdmin Port				2003-03	
4899	u	a	radmin-port	RAdmin Port				2003-03	
4900	t	a	hfcs	HFSQL Client/Server Database Engine				2006-03-02	2014-02-02
4900	u	a	hfcs	HFSQL Client/Server Database Engine				2006-03-02	2014-02-02
4901	t	a	flr-agent	FileLocator Remote Search Agent\nIANA assigned this well-formed service name as a replacement for "flr_agent".				2008-11-19	
4901	t	a	flr_agent	FileLocator Remote Search Agent		This entry is an alias to "flr-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-11-19	
4901	u	r		Reserved					
4902	t	a	magiccontrol	magicCONROL RF and Data Interface				2008-11-24	
4902	u	r		Reserved					
4903-4911	tu	u		Unassigned					
4912	t	a	lutap	Technicolor LUT Access Protocol				2009-02-17	
4912	u	r		Reserved					
4913	t	a	lutcp	LUTher Control Protocol				2007-07-03	
4914	t	a	bones	Bones Remote Control				2008-06-18	
4914	u	a	bones	Bones Remote Control				2008-06-18	
4915	t	a	frcs	Fibics Remote Control Service				2009-04-17	
4915	u	r		Reserved					
4916-4935	tu	u		Unassigned					
4936	u	a	an-signaling	Signal protocol port for autonomic networking				2014-06-06	
4936	t	r		Reserved					
4937	t	r		Reserved					
4937	u	a	atsc-mh-ssc	ATSC-M/H Service Signaling Channel				2008-10-27	
4938-4939	tu	u		Unassigned					
4940	t	a	eq-office-4940	Equitrac Office					
4940	u	a	eq-office-4940	Equitrac Office					
4941	t	a	eq-office-4941	Equitrac Office					
4941	u	a	eq-office-4941	Equitrac Office					
4942	t	a	eq-office-4942	Equitrac Office				2007-07-11	
4942	u	a	eq-office-4942	Equitrac Office				2007-07-11	
4943-4948	tu	u		Unassigned					
4949	t	a	munin	Munin Graphing Framework				2010-12-24	
4949	u	a	munin	Munin Graphing Framework				2010-12-24	
4950	t	a	sybasesrvmon	Sybase Server Monitor				2008-03-26	
4950	u	a	sybasesrvmon	Sybase Server Monitor				2008-03-26	
4951	t	a	pwgwims	PWG WIMS				2005-12	
4951	u	a	pwgwims	PWG WIMS				2005-12	
4952	t	a	sagxtsds	SAG Directory Server				2006-01	
4952	u	a	sagxtsds	SAG Directory Server				2006-01	
4953	t	a	dbsyncarbiter	Synchronization Arbiter				2009-11-18	
4953	u	r		Reserved					
4954-4968	tu	u		Unassigned			Known UNAUTHORIZED USE: port 4967		
4969	t	a	ccss-qmm	CCSS QMessageMonitor					
4969	u	a	ccss-qmm	CCSS QMessageMonitor					
4970	t	a	ccss-qsm	CCSS QSystemMonitor				2006-01	
4970	u	a	ccss-qsm	CCSS QSystemMonitor				2006-01	
4971	t	a	burp	BackUp and Restore Program				2017-08-23	
4971	u	r		Reserved					
4972-4979	tu	u		Unassigned					
4980	u	a	ctxs-vpp	Citrix Virtual Path				2015-04-17	
4980	t	r		Reserved					
4981-4982	tu	u		Unassigned					
4983	tu	u		Unassigned					2005-12-22
4984	t	a	webyast	WebYast				2009-09-25	
4984	u	r		Reserved					
4985	t	a	gerhcs	GER HC Standard				2009-09-25	
4985	u	r		Reserved					
4986	t	a	mrip	Model Railway Interface Program				2006-04	
4986	u	a	mrip	Model Railway Interface Program				2006-04	
4987	t	a	smar-se-port1	SMAR Ethernet Port 1					
4987	u	a	smar-se-port1	SMAR Ethernet Port 1					
4988	t	a	smar-se-port2	SMAR Ethernet Port 2					
4988	u	a	smar-se-port2	SMAR Ethernet Port 2					
4989	t	a	parallel	Parallel for GAUSS (tm)				2003-03	
4989	u	a	parallel	Parallel for GAUSS (tm)				2003-03	
4990	t	a	busycal	BusySync Calendar Synch. Protocol		Defined TXT keys: Proprietary		2008-01-07	
4990	u	a	busycal	BusySync Calendar Synch. Protocol		Defined TXT keys: Proprietary		2008-01-07	
4991	t	a	vrt	VITA Radio Transport				2009-01-08	
4991	u	a	vrt	VITA Radio Transport				2009-01-08	
4992-4998	tu	u		Unassigned					
4999	t	a	hfcs-manager	HFSQL Client/Server Database Engine Manager				2006-03-02	2014-02-02
4999	u	a	hfcs-manager	HFSQL Client/Server Database Engine Manager				2006-03-02	2014-02-02
5000	t	a	commplex-main						
5000	u	a	commplex-main						
5001	t	a	commplex-link						
5001	u	a	commplex-link						
5002	t	a	rfe	radio free ethernet					
5002	u	a	rfe	radio free ethernet					
5003	t	a	fmpro-internal	FileMaker, Inc. - Proprietary transport					
5003	u	a	fmpro-internal	FileMaker, Inc. - Proprietary name binding					
5004	t	a	avt-profile-1	RTP media data	RFC3551|RFC4571				
5004	u	a	avt-profile-1	RTP media data	RFC3551				
5004	d	a	avt-profile-1	RTP media data	RFC3551|RFC5762				
5005	t	a	avt-profile-2	RTP control protocol	RFC3551|RFC4571				
5005	u	a	avt-profile-2	RTP control protocol	RFC3551				
5005	d	a	avt-profile-2	RTP control protocol	RFC3551|RFC5762				
5006	t	a	wsm-server	wsm server					
5006	u	a	wsm-server	wsm server					
5007	t	a	wsm-server-ssl	wsm server ssl					
5007	u	a	wsm-server-ssl	wsm server ssl					
5008	t	a	synapsis-edge	Synapsis EDGE					
5008	u	a	synapsis-edge	Synapsis EDGE					
5009	t	a	winfs	Microsoft Windows Filesystem				2006-01	
5009	u	a	winfs	Microsoft Windows Filesystem				2006-01	
5010	t	a	telelpathstart	TelepathStart					
5010	u	a	telelpathstart	TelepathStart					
5011	t	a	telelpathattack	TelepathAttack					
5011	u	a	telelpathattack	TelepathAttack					
5012	t	a	nsp	NetOnTap Service				2007-10-24	
5012	u	a	nsp	NetOnTap Service				2007-10-24	
5013	t	a	fmpro-v6	FileMaker, Inc. - Proprietary transport				2007-08-01	
5013	u	a	fmpro-v6	FileMaker, Inc. - Proprietary transport				2007-08-01	
5014	t	r		Reserved					
5014	u	a	onpsocket	Overlay Network Protocol				2009-08-24	
5015	t	a	fmwp	FileMaker, Inc. - Web publishing				2009-11-25	
5015	u	r		Reserved					
5016-5019	tu	u		Unassigned					
5020	t	a	zenginkyo-1	zenginkyo-1					
5020	u	a	zenginkyo-1	zenginkyo-1					
5021	t	a	zenginkyo-2	zenginkyo-2					
5021	u	a	zenginkyo-2	zenginkyo-2					
5022	t	a	mice	mice server					
5022	u	a	mice	mice server					
5023	t	a	htuilsrv	Htuil Server for PLD2					
5023	u	a	htuilsrv	Htuil Server for PLD2					
5024	t	a	scpi-telnet	SCPI-TELNET					2021-05-06
5024	u	a	scpi-telnet	SCPI-TELNET					2021-05-06
5025	t	a	scpi-raw	SCPI-RAW					2021-05-06
5025	u	a	scpi-raw	SCPI-RAW					2021-05-06
5026	t	a	strexec-d	Storix I/O daemon (data)				2005-08	
5026	u	a	strexec-d	Storix I/O daemon (data)				2005-08	
5027	t	a	strexec-s	Storix I/O daemon (stat)				2005-08	
5027	u	a	strexec-s	Storix I/O daemon (stat)				2005-08	
5028	t	a	qvr	Quiqum Virtual Relais				2009-07-06	
5028	u	r		Reserved					
5029	t	a	infobright	Infobright Database Server				2009-07-23	
5029	u	a	infobright	Infobright Database Server				2009-07-23	
5030	t	r		Reserved		Historic usage was surfpass. De-Assigned on 2022-01-10		2006-12	2022-01-10
5030	u	r		Reserved		Historic usage was surfpass. De-Assigned on 2022-01-10		2006-12	2022-01-10
5031	t	r		Reserved					
5031	u	a	dmp	Direct Message Protocol				2009-09-30	
5032	t	a	signacert-agent	SignaCert Enterprise Trust Server Agent				2011-08-05	
5032	u	r		Reserved					
5033	t	a	jtnetd-server	Janstor Secure Data				2015-06-08	
5033	u	r		Reserved					
5034	t	a	jtnetd-status	Janstor Status				2015-06-08	
5034	u	r		Reserved					
5035-5041	tu	u		Unassigned					
5042	t	a	asnaacceler8db	asnaacceler8db					
5042	u	a	asnaacceler8db	asnaacceler8db					
5043	t	a	swxadmin	ShopWorX Administration				2005-08	
5043	u	a	swxadmin	ShopWorX Administration				2005-08	
5044	t	a	lxi-evntsvc	LXI Event Service				2005-08	
5044	u	a	lxi-evntsvc	LXI Event Service				2005-08	
5045	t	a	osp	Open Settlement Protocol				2010-03-05	
5045	u	r		Reserved					
5046	t	r		Reserved					
5046	u	a	vpm-udp	Vishay PM UDP Service				2010-06-17	
5047	t	r		Reserved					
5047	u	a	iscape	iSCAPE Data Broadcasting				2010-06-17	
5048	t	a	texai	Texai Message Service				2010-06-17	
5048	u	r		Reserved					
5049	t	a	ivocalize	iVocalize Web Conference				2006-05	
5049	u	a	ivocalize	iVocalize Web Conference				2006-05	
5050	t	a	mmcc	multimedia conference control tool					
5050	u	a	mmcc	multimedia conference control tool					
5051	t	a	ita-agent	ITA Agent					
5051	u	a	ita-agent	ITA Agent					
5052	t	a	ita-manager	ITA Manager					
5052	u	a	ita-manager	ITA Manager					
5053	t	a	rlm	RLM License Server				2008-07-28	
5053	u	a	rlm-disc	RLM Discovery Server				2012-11-06	
5054	t	a	rlm-admin	RLM administrative interface				2008-07-28	
5054	u	r		Reserved					
5055	t	a	unot	UNOT					
5055	u	a	unot	UNOT					
5056	t	a	intecom-ps1	Intecom Pointspan 1					
5056	u	a	intecom-ps1	Intecom Pointspan 1					
5057	t	a	intecom-ps2	Intecom Pointspan 2					
5057	u	a	intecom-ps2	Intecom Pointspan 2					
5058	t	r		Reserved					
5058	u	a	locus-disc	Locus Discovery				2009-08-13	
5059	t	a	sds	SIP Directory Services				2006-03	
5059	u	a	sds	SIP Directory Services				2006-03	
5060	t	a	sip	SIP	RFC3263				2014-04-09
5060	u	a	sip	SIP	RFC3263				2014-04-09
5060	s	a	sip	SIP	RFC4168				
5061	t	a	sips	SIP-TLS	RFC3263				2014-04-09
5061	u	a	sips	SIP-TLS	RFC3263				2014-04-09
5061	s	a	sips	SIP-TLS	RFC4168				
5062	t	a	na-localise	Localisation access				2009-10-28	
5062	u	a	na-localise	Localisation access				2009-10-28	
5063	t	a	csrpc	centrify secure RPC				2009-10-28	
5063	u	r		Reserved					
5064	t	a	ca-1	Channel Access 1				2002-08	
5064	u	a	ca-1	Channel Access 1				2002-08	
5065	t	a	ca-2	Channel Access 2				2002-08	
5065	u	a	ca-2	Channel Access 2				2002-08	
5066	t	a	stanag-5066	STANAG-5066-SUBNET-INTF					
5066	u	a	stanag-5066	STANAG-5066-SUBNET-INTF					
5067	t	a	authentx	Authentx Service				2006-01	
5067	u	a	authentx	Authentx Service				2006-01	
5068	t	a	bitforestsrv	Bitforest Data Service				2008-06-05	
5068	u	r		Reserved					
5069	t	a	i-net-2000-npr	I/Net 2000-NPR					
5069	u	a	i-net-2000-npr	I/Net 2000-NPR					
5070	t	a	vtsas	VersaTrans Server Agent Service				2006-02	
5070	u	a	vtsas	VersaTrans Server Agent Service				2006-02	
5071	t	a	powerschool	PowerSchool					
5071	u	a	powerschool	PowerSchool					
5072	t	a	ayiya	Anything In Anything				2005-08	
5072	u	a	ayiya	Anything In Anything				2005-08	
5073	t	a	tag-pm	Advantage Group Port Mgr				2005-08	
5073	u	a	tag-pm	Advantage Group Port Mgr				2005-08	
5074	t	a	alesquery	ALES Query				2005-08	
5074	u	a	alesquery	ALES Query				2005-08	
5075	t	a	pvaccess	Experimental Physics and Industrial Control System				2012-03-23	
5075	u	r		Reserved					
5076-5077	tu	u		Unassigned					
5078	u	a	pixelpusher	PixelPusher pixel data				2014-06-24	
5078	t	r		Reserved					
5079	t	r		Reserved					
5079	u	a	cp-spxrpts	Cambridge Pixel SPx Reports				2008-09-17	
5080	t	a	onscreen	OnScreen Data Collection Service				2008-01-14	
5080	u	a	onscreen	OnScreen Data Collection Service				2008-01-14	
5081	t	a	sdl-ets	SDL - Ent Trans Server				2002-04	
5081	u	a	sdl-ets	SDL - Ent Trans Server				2002-04	
5082	t	a	qcp	Qpur Communication Protocol				2008-03-19	
5082	u	a	qcp	Qpur Communication Protocol				2008-03-19	
5083	t	a	qfp	Qpur File Protocol				2008-03-19	
5083	u	a	qfp	Qpur File Protocol				2008-03-19	
5084	t	a	llrp	EPCglobal Low-Level Reader Protocol		Defined TXT keys: None. RFID reader Low Level Reader Protocol		2006-11	
5084	u	a	llrp	EPCglobal Low-Level Reader Protocol		Defined TXT keys: None. RFID reader Low Level Reader Protocol		2006-11	
5085	t	a	encrypted-llrp	EPCglobal Encrypted LLRP				2006-11	
5085	u	a	encrypted-llrp	EPCglobal Encrypted LLRP				2006-11	
5086	t	a	aprigo-cs	Aprigo Collection Service				2010-05-28	
5086	u	r		Reserved					
5087	t	a	biotic	BIOTIC - Binary Internet of Things Interoperable Communication				2014-06-16	2015-11-25
5087	u	r		Reserved					
5088-5089	tu	u		Unassigned					
5090	s	a	car	Candidate AR					
5091	s	a	cxtp	Context Transfer Protocol	RFC4065			2005-07	
5092	t	r		Reserved					
5092	u	a	magpie	Magpie Binary				2008-06-18	
5093	t	a	sentinel-lm	Sentinel LM					
5093	u	a	sentinel-lm	Sentinel LM					
5094	t	a	hart-ip	HART-IP				2010-03-02	
5094	u	a	hart-ip	HART-IP				2010-03-02	
5095-5098	tu	u		Unassigned					
5099	t	a	sentlm-srv2srv	SentLM Srv2Srv					
5099	u	a	sentlm-srv2srv	SentLM Srv2Srv					
5100	t	a	socalia	Socalia service mux				2005-08	
5100	u	a	socalia	Socalia service mux				2005-08	
5101	t	a	talarian-tcp	Talarian_TCP					
5101	u	a	talarian-udp	Talarian_UDP					
5102	t	a	oms-nonsecure	Oracle OMS non-secure				2005-08	
5102	u	a	oms-nonsecure	Oracle OMS non-secure				2005-08	
5103	t	a	actifio-c2c	Actifio C2C				2010-06-18	
5103	u	r		Reserved					
5104	t	r		Reserved					
5104	u	a	tinymessage	TinyMessage				2010-10-20	
5105	t	r		Reserved					
5105	u	a	hughes-ap	Hughes Association Protocol				2010-10-20	
5106	t	a	actifioudsagent	Actifio UDS Agent				2014-06-05	
5106	u	r		Reserved					
5107	t	a	actifioreplic	Disk to Disk replication between Actifio Clusters				2015-10-23	
5107	u	r		Reserved					
5108-5110	tu	u		Unassigned					
5111	t	a	taep-as-svc	TAEP AS service				2008-11-05	
5111	u	a	taep-as-svc	TAEP AS service				2008-11-05	
5112	t	a	pm-cmdsvr	PeerMe Msg Cmd Service				2005-08	
5112	u	a	pm-cmdsvr	PeerMe Msg Cmd Service				2005-08	
5113	tu	u		Unassigned				2010-11-09	
5114	t	a	ev-services	Enterprise Vault Services				2009-05-26	
5114	u	r		Reserved					
5115	t	a	autobuild	Symantec Autobuild Service				2008-11-17	
5115	u	r		Reserved					
5116	t	r		Reserved					
5116	u	a	emb-proj-cmd	EPSON Projecter Image Transfer				2008-11-17	
5117	t	a	gradecam	GradeCam Image Processing				2009-09-24	
5117	u	r		Reserved					
5118-5119	tu	u		Unassigned					
5120	t	a	barracuda-bbs	Barracuda Backup Protocol				2013-04-05	
5120	u	a	barracuda-bbs	Barracuda Backup Protocol				2013-04-05	
5121-5132	tu	u		Unassigned					
5133	t	a	nbt-pc	Policy Commander				2004-11	
5133	u	a	nbt-pc	Policy Commander				2004-11	
5134	t	a	ppactivation	PP ActivationServer				2009-10-14	
5134	u	r		Reserved					
5135	t	a	erp-scale	ERP-Scale		Defined TXT keys:\n  RFC=<RFC destination and status>\n  Device=<Scale device and status>		2009-10-14	
5135	u	r		Reserved					
5136	t	r		Reserved					
5136	u	a	minotaur-sa	Minotaur SA				2009-10-14	
5137	t	a	ctsd	MyCTS server port				2002-06	
5137	u	a	ctsd	MyCTS server port				2002-06	
5138-5144	tu	u		Unassigned					
5145	t	a	rmonitor-secure	RMONITOR SECURE\nIANA assigned this well-formed service name as a replacement for "rmonitor_secure".					
5145	t	a	rmonitor_secure	RMONITOR SECURE		This entry is an alias to "rmonitor-secure".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
5145	u	a	rmonitor-secure	RMONITOR SECURE\nIANA assigned this well-formed service name as a replacement for "rmonitor_secure".					
5145	u	a	rmonitor_secure	RMONITOR SECURE		This entry is an alias to "rmonitor-secure".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
5146	t	a	social-alarm	Social Alarm Service				2009-08-18	
5146	u	r		Reserved					
5147-5149	tu	u		Unassigned					
5150	t	a	atmp	Ascend Tunnel Management Protocol					
5150	u	a	atmp	Ascend Tunnel Management Protocol					
5151	t	a	esri-sde	ESRI SDE Instance\n    IANA assigned this well-formed service name as a replacement for "esri_sde".			Unauthorized Use Known on ports 5151 and 5152		
5151	t	a	esri_sde	ESRI SDE Instance		This entry is an alias to "esri-sde".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
5151	u	a	esri-sde	ESRI SDE Remote Start\n    IANA assigned this well-formed service name as a replacement for "esri_sde".			Unauthorized Use Known on ports 5151 and 5152		
5151	u	a	esri_sde	ESRI SDE Remote Start		This entry is an alias to "esri-sde".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
5152	t	a	sde-discovery	ESRI SDE Instance Discovery			Unauthorized Use Known on ports 5151 and 5152		
5152	u	a	sde-discovery	ESRI SDE Instance Discovery			Unauthorized Use Known on ports 5151 and 5152		
5153	t	r		Reserved		Historic usage was toruxserver. De-Assigned on 2018-04-19		2009-07-01	2018-04-19
5153	u	r		Reserved					
5154	t	a	bzflag	BZFlag game server				2003-07	
5154	u	a	bzflag	BZFlag game server				2003-07	
5155	t	a	asctrl-agent	Oracle asControl Agent				2005-08	
5155	u	a	asctrl-agent	Oracle asControl Agent				2005-08	
5156	t	a	rugameonline	Russian Online Game				2010-08-17	
5156	u	r		Reserved					
5157	t	a	mediat	Mediat Remote Object Exchange				2010-09-02	
5157	u	r		Reserved					
5158-5160	tu	u		Unassigned					
5161	t	a	snmpssh	SNMP over SSH Transport Model	RFC5592				
5161	u	r		Reserved					
5162	t	a	snmpssh-trap	SNMP Notification over SSH Transport Model	RFC5592		Known Unauthorized Use on port 5162		
5162	u	r		Reserved			Known Unauthorized Use on port 5162		
5163	t	a	sbackup	Shadow Backup				2009-08-05	
5163	u	r		Reserved					
5164	t	a	vpa	Virtual Protocol Adapter				2009-08-05	
5164	u	a	vpa-disc	Virtual Protocol Adapter Discovery				2009-08-05	
5165	t	a	ife-icorp	ife_1corp\nIANA assigned this well-formed service name as a replacement for "ife_icorp".					
5165	t	a	ife_icorp	ife_1corp		This entry is an alias to "ife-icorp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
5165	u	a	ife-icorp	ife_1corp\nIANA assigned this well-formed service name as a replacement for "ife_icorp".					
5165	u	a	ife_icorp	ife_1corp		This entry is an alias to "ife-icorp".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
5166	t	a	winpcs	WinPCS Service Connection				2006-02	
5166	u	a	winpcs	WinPCS Service Connection				2006-02	
5167	t	a	scte104	SCTE104 Connection				2005-05	
5167	u	a	scte104	SCTE104 Connection				2005-05	
5168	t	a	scte30	SCTE30 Connection				2005-05	
5168	u	a	scte30	SCTE30 Connection				2005-05	
5169-5171	tu	u		Unassigned					
5172	t	a	pcoip-mgmt	PC over IP Endpoint Management				2014-04-28	
5172	u	r		Reserved					
5173-5189	tu	u		Unassigned					
5190	t	a	aol	America-Online					
5190	u	a	aol	America-Online					
5191	t	a	aol-1	AmericaOnline1					
5191	u	a	aol-1	AmericaOnline1					
5192	t	a	aol-2	AmericaOnline2					
5192	u	a	aol-2	AmericaOnline2					
5193	t	a	aol-3	AmericaOnline3					
5193	u	a	aol-3	AmericaOnline3					
5194	t	a	cpscomm	CipherPoint Config Service				2010-03-03	
5194	u	r		Reserved					
5195	t	a	ampl-lic	The protocol is used by a license server and client programs to control use of program licenses that float to networked machines				2012-05-25	
5195	u	r		Reserved					
5196	t	a	ampl-tableproxy	The protocol is used by two programs that exchange "table" data used in the AMPL modeling language				2012-05-25	
5196	u	r		Reserved					
5197	t	a	tunstall-lwp	Tunstall Lone worker device interface				2014-12-10	
5197	u	r		Reserved					
5198-5199	tu	u		Unassigned					
5200	t	a	targus-getdata	TARGUS GetData					
5200	u	a	targus-getdata	TARGUS GetData					
5201	t	a	targus-getdata1	TARGUS GetData 1					
5201	u	a	targus-getdata1	TARGUS GetData 1					
5202	t	a	targus-getdata2	TARGUS GetData 2					
5202	u	a	targus-getdata2	TARGUS GetData 2					
5203	t	a	targus-getdata3	TARGUS GetData 3					
5203	u	a	targus-getdata3	TARGUS GetData 3					
5204-5208	tu	u		Unassigned					
5209	t	a	nomad	Nomad Device Video Transfer				2012-08-20	
5209	u	r		Reserved					
5210-5214	tu	u		Unassigned					
5215	t	a	noteza	NOTEZA Data Safety Service				2014-06-12	
5215	u	r		Reserved					
5215	s	a	noteza	NOTEZA Data Safety Service				2014-06-12	
5216-5220	tu	u		Unassigned					
5221	t	a	3exmp	3eTI Extensible Management Protocol for OAMP				2010-05-19	
5221	u	r		Reserved					
5222	t	a	xmpp-client	XMPP Client Connection	RFC6120				
5222	u	r		Reserved					
5223	t	a	hpvirtgrp	HP Virtual Machine Group Management				2007-06	
5223	u	a	hpvirtgrp	HP Virtual Machine Group Management				2007-06	
5224	t	a	hpvirtctrl	HP Virtual Machine Console Operations				2007-06	
5224	u	a	hpvirtctrl	HP Virtual Machine Console Operations				2007-06	
5225	t	a	hp-server	HP Server					
5225	u	a	hp-server	HP Server					
5226	t	a	hp-status	HP Status					
5226	u	a	hp-status	HP Status					
5227	t	a	perfd	HP System Performance Metric Service				2009-05-19	
5227	u	a	perfd	HP System Performance Metric Service				2009-05-19	
5228	t	a	hpvroom	HP Virtual Room Service				2009-03-19	
5228	u	r		Reserved					
5229	t	a	jaxflow	Netflow/IPFIX/sFlow Collector and Forwarder Management				2014-08-15	
5229	u	r		Reserved					
5230	t	a	jaxflow-data	JaxMP RealFlow application and protocol data				2014-08-15	
5230	u	r		Reserved					
5231	t	a	crusecontrol	Remote Control of Scan Software for Cruse Scanners				2014-08-15	
5231	u	r		Reserved					
5232	t	a	csedaemon	Cruse Scanning System Service				2011-03-09	
5232	u	r		Reserved					
5233	t	a	enfs	Etinnae Network File Service				2011-03-09	
5233	u	r		Reserved					
5234	t	a	eenet	EEnet communications				2005-11	
5234	u	a	eenet	EEnet communications				2005-11	
5235	t	a	galaxy-network	Galaxy Network Service				2007-10-04	
5235	u	a	galaxy-network	Galaxy Network Service				2007-10-04	
5236	t	a	padl2sim						
5236	u	a	padl2sim						
5237	t	a	mnet-discovery	m-net discovery				2007-11-13	
5237	u	a	mnet-discovery	m-net discovery				2007-11-13	
5238-5241	tu	u		Unassigned					
5242	t	a	attune	ATTUne API				2022-06-01	
5242	u	r		Reserved					
5243	t	a	xycstatus	xyClient Status API and rendevous point				2022-06-06	
5243	u	r		Reserved					
5244	tu	u		Unassigned					
5245	t	a	downtools	DownTools Control Protocol				2009-04-07	
5245	u	a	downtools-disc	DownTools Discovery Protocol				2009-04-07	
5246	t	r		Reserved					
5246	u	a	capwap-control	CAPWAP Control Protocol	RFC5415				
5247	t	r		Reserved					
5247	u	a	capwap-data	CAPWAP Data Protocol	RFC5415				
5248	t	a	caacws	CA Access Control Web Service				2008-03-06	
5248	u	a	caacws	CA Access Control Web Service				2008-03-06	
5249	t	a	caaclang2	CA AC Lang Service				2008-02-19	
5249	u	a	caaclang2	CA AC Lang Service				2008-02-19	
5250	t	a	soagateway	soaGateway				2002-02	
5250	u	a	soagateway	soaGateway				2002-02	
5251	t	a	caevms	CA eTrust VM Service				2004-11	
5251	u	a	caevms	CA eTrust VM Service				2004-11	
5252	t	a	movaz-ssc	Movaz SSC				2004-11	
5252	u	a	movaz-ssc	Movaz SSC				2004-11	
5253	t	a	kpdp	Kohler Power Device Protocol				2010-11-01	
5253	u	r		Reserved					
5254	t	a	logcabin	LogCabin storage service				2015-04-14	
5254	u	r		Reserved					
5255-5263	tu	u		Unassigned					
5264	t	a	3com-njack-1	3Com Network Jack Port 1				2003-03	
5264	u	a	3com-njack-1	3Com Network Jack Port 1				2003-03	
5265	t	a	3com-njack-2	3Com Network Jack Port 2				2003-03	
5265	u	a	3com-njack-2	3Com Network Jack Port 2				2003-03	
5266-5268	tu	u		Unassigned					
5269	t	a	xmpp-server	XMPP Server Connection	RFC6120				
5269	u	r		Reserved					
5270	t	a	cartographerxmp	Cartographer XMP				2008-04-03	2011-08-31
5270	u	a	cartographerxmp	Cartographer XMP				2008-04-03	2011-08-31
5271	t	a	cuelink	StageSoft CueLink messaging				2010-03-26	
5271	u	a	cuelink-disc	StageSoft CueLink discovery				2010-03-26	
5272	t	a	pk	PK					
5272	u	a	pk	PK					
5273-5279	tu	u		Unassigned					
5280	t	a	xmpp-bosh	Bidirectional-streams Over Synchronous HTTP (BOSH)				2009-11-25	
5280	u	r		Reserved					
5281	t	a	undo-lm	Undo License Manager				2010-04-19	2019-01-25
5281	u	r		Reserved					
5282	t	a	transmit-port	Marimba Transmitter Port				2002-04	
5282	u	a	transmit-port	Marimba Transmitter Port				2002-04	
5283-5297	tu	u		Unassigned					
5298	t	a	presence	XMPP Link-Local Messaging		Defined TXT keys: See http://www.xmpp.org/registrar/linklocal.html		2008-01-14	
5298	u	a	presence	XMPP Link-Local Messaging		Defined TXT keys: See http://www.xmpp.org/registrar/linklocal.html		2008-01-14	
5299	t	a	nlg-data	NLG Data Service				2008-02-19	
5299	u	a	nlg-data	NLG Data Service				2008-02-19	
5300	t	a	hacl-hb	HA cluster heartbeat					
5300	u	a	hacl-hb	HA cluster heartbeat					
5301	t	a	hacl-gs	HA cluster general services					
5301	u	a	hacl-gs	HA cluster general services					
5302	t	a	hacl-cfg	HA cluster configuration					
5302	u	a	hacl-cfg	HA cluster configuration					
5303	t	a	hacl-probe	HA cluster probing					
5303	u	a	hacl-probe	HA cluster probing					
5304	t	a	hacl-local	HA Cluster Commands					
5304	u	a	hacl-local	HA Cluster Commands					
5305	t	a	hacl-test	HA Cluster Test					
5305	u	a	hacl-test	HA Cluster Test					
5306	t	a	sun-mc-grp	Sun MC Group					
5306	u	a	sun-mc-grp	Sun MC Group					
5307	t	a	sco-aip	SCO AIP					
5307	u	a	sco-aip	SCO AIP					
5308	t	a	cfengine	CFengine					
5308	u	a	cfengine	CFengine					
5309	t	a	jprinter	J Printer					
5309	u	a	jprinter	J Printer					
5310	t	a	outlaws	Outlaws					
5310	u	a	outlaws	Outlaws					
5311	tu	u		Unassigned				2004-05-07	
5312	t	a	permabit-cs	Permabit Client-Server				2004-06	
5312	u	a	permabit-cs	Permabit Client-Server				2004-06	
5313	t	a	rrdp	Real-time & Reliable Data				2004-06	
5313	u	a	rrdp	Real-time & Reliable Data				2004-06	
5314	t	a	opalis-rbt-ipc	opalis-rbt-ipc					
5314	u	a	opalis-rbt-ipc	opalis-rbt-ipc					
5315	t	a	hacl-poll	HA Cluster UDP Polling					
5315	u	a	hacl-poll	HA Cluster UDP Polling					
5316	t	a	hpbladems	HPBladeSystem Monitor Service				2011-05-23	2011-05-16
5316	u	u		Unassigned				2011-05-16	
5317	t	a	hpdevms	HP Device Monitor Service				2011-05-16	
5317	u	r		Reserved					
5318	t	a	pkix-cmc	PKIX Certificate Management using CMS (CMC)	RFC6402				
5318	u	r		Reserved					
5319	tu	u		Unassigned					
5320	t	a	bsfserver-zn	Webservices-based Zn interface of BSF				2008-05-01	
5320	u	r		Reserved					
5321	t	a	bsfsvr-zn-ssl	Webservices-based Zn interface of BSF over SSL				2008-07-03	
5321	u	r		Reserved					
5322-5342	tu	u		Unassigned					
5343	t	a	kfserver	Sculptor Database Server				2005-12	
5343	u	a	kfserver	Sculptor Database Server				2005-12	
5344	t	a	xkotodrcp	xkoto DRCP				2006-02	
5344	u	a	xkotodrcp	xkoto DRCP				2006-02	
5345-5348	tu	u		Unassigned					
5349	t	a	stuns	Session Traversal Utilities for NAT (STUN) port	RFC8489				2019-03-28
5349	u	a	stuns	STUN over DTLS	RFC7350	This service name was initially created by [RFC5389].			2014-07-03
5349	t	a	turns	TURN over TLS	RFC8656				2019-08-02
5349	u	a	turns	TURN over DTLS	RFC7350	This service name was initially created by [RFC8656].			2019-08-02
5349	t	a	stun-behaviors	STUN Behavior Discovery over TLS	RFC5780				
5349	u	a	stun-behaviors	Reserved for a future enhancement of STUN-BEHAVIOR	RFC5780				
5350	t	r		Reserved					
5350	u	a	pcp-multicast	Port Control Protocol Multicast	RFC6887				
5351	t	r		Reserved					
5351	u	a	pcp	Port Control Protocol	RFC6887				
5352	t	a	dns-llq	DNS Long-Lived Queries	RFC8764			2005-08	2019-08-26
5352	u	a	dns-llq	DNS Long-Lived Queries	RFC8764			2005-08	2019-08-26
5353	t	a	mdns	Multicast DNS	RFC6762				
5353	u	a	mdns	Multicast DNS	RFC6762				
5354	t	a	mdnsresponder	Multicast DNS Responder IPC				2004-06	
5354	u	a	mdnsresponder	Multicast DNS Responder IPC				2004-06	
5355	t	a	llmnr	LLMNR				2004-06	
5355	u	a	llmnr	LLMNR				2004-06	
5356	t	a	ms-smlbiz	Microsoft Small Business				2005-02	
5356	u	a	ms-smlbiz	Microsoft Small Business				2005-02	
5357	t	a	wsdapi	Web Services for Devices				2005-08	
5357	u	a	wsdapi	Web Services for Devices				2005-08	
5358	t	a	wsdapi-s	WS for Devices Secured				2005-08	
5358	u	a	wsdapi-s	WS for Devices Secured				2005-08	
5359	t	a	ms-alerter	Microsoft Alerter				2007-08-07	
5359	u	a	ms-alerter	Microsoft Alerter				2007-08-07	
5360	t	a	ms-sideshow	Protocol for Windows SideShow				2008-03-12	
5360	u	a	ms-sideshow	Protocol for Windows SideShow				2008-03-12	
5361	t	a	ms-s-sideshow	Secure Protocol for Windows SideShow				2008-03-12	
5361	u	a	ms-s-sideshow	Secure Protocol for Windows SideShow				2008-03-12	
5362	t	a	serverwsd2	Microsoft Windows Server WSD2 Service				2008-03-26	
5362	u	a	serverwsd2	Microsoft Windows Server WSD2 Service				2008-03-26	
5363	t	a	net-projection	Windows Network Projection				2009-02-17	
5363	u	a	net-projection	Windows Network Projection				2009-02-17	
5364	u	a	kdnet	Microsoft Kernel Debugger				2013-06-16	
5364	t	r		Reserved					
5365-5396	tu	u		Unassigned					
5397	t	a	stresstester	StressTester(tm) Injector				2005-08	
5397	u	a	stresstester	StressTester(tm) Injector				2005-08	
5398	t	a	elektron-admin	Elektron Administration				2005-08	
5398	u	a	elektron-admin	Elektron Administration				2005-08	
5399	t	a	securitychase	SecurityChase				2005-08	
5399	u	a	securitychase	SecurityChase				2005-08	
5400	t	a	excerpt	Excerpt Search					
5400	u	a	excerpt	Excerpt Search					
5401	t	a	excerpts	Excerpt Search Secure					
5401	u	a	excerpts	Excerpt Search Secure					
5402	t	a	mftp	OmniCast MFTP					
5402	u	a	mftp	OmniCast MFTP					
5403	t	a	hpoms-ci-lstn	HPOMS-CI-LSTN					
5403	u	a	hpoms-ci-lstn	HPOMS-CI-LSTN					
5404	t	a	hpoms-dps-lstn	HPOMS-DPS-LSTN					
5404	u	a	hpoms-dps-lstn	HPOMS-DPS-LSTN					
5405	t	a	netsupport	NetSupport					
5405	u	a	netsupport	NetSupport					
5406	t	a	systemics-sox	Systemics Sox					
5406	u	a	systemics-sox	Systemics Sox					
5407	t	a	foresyte-clear	Foresyte-Clear					
5407	u	a	foresyte-clear	Foresyte-Clear					
5408	t	a	foresyte-sec	Foresyte-Sec					
5408	u	a	foresyte-sec	Foresyte-Sec					
5409	t	a	salient-dtasrv	Salient Data Server					
5409	u	a	salient-dtasrv	Salient Data Server					
5410	t	a	salient-usrmgr	Salient User Manager					
5410	u	a	salient-usrmgr	Salient User Manager					
5411	t	a	actnet	ActNet					
5411	u	a	actnet	ActNet					
5412	t	a	continuus	Continuus					
5412	u	a	continuus	Continuus					
5413	t	a	wwiotalk	WWIOTALK					
5413	u	a	wwiotalk	WWIOTALK					
5414	t	a	statusd	StatusD					
5414	u	a	statusd	StatusD					
5415	t	a	ns-server	NS Server					
5415	u	a	ns-server	NS Server					
5416	t	a	sns-gateway	SNS Gateway					
5416	u	a	sns-gateway	SNS Gateway					
5417	t	a	sns-agent	SNS Agent					
5417	u	a	sns-agent	SNS Agent					
5418	t	a	mcntp	MCNTP					
5418	u	a	mcntp	MCNTP					
5419	t	a	dj-ice	DJ-ICE					
5419	u	a	dj-ice	DJ-ICE					
5420	t	a	cylink-c	Cylink-C					
5420	u	a	cylink-c	Cylink-C					
5421	t	a	netsupport2	Net Support 2					
5421	u	a	netsupport2	Net Support 2					
5422	t	a	salient-mux	Salient MUX					
5422	u	a	salient-mux	Salient MUX					
5423	t	a	virtualuser	VIRTUALUSER					
5423	u	a	virtualuser	VIRTUALUSER					
5424	t	a	beyond-remote	Beyond Remote				2004-11	
5424	u	a	beyond-remote	Beyond Remote				2004-11	
5425	t	a	br-channel	Beyond Remote Command Channel				2005-08	
5425	u	a	br-channel	Beyond Remote Command Channel				2005-08	
5426	t	a	devbasic	DEVBASIC					
5426	u	a	devbasic	DEVBASIC					
5427	t	a	sco-peer-tta	SCO-PEER-TTA					
5427	u	a	sco-peer-tta	SCO-PEER-TTA					
5428	t	a	telaconsole	TELACONSOLE					
5428	u	a	telaconsole	TELACONSOLE					
5429	t	a	base	Billing and Accounting System Exchange					
5429	u	a	base	Billing and Accounting System Exchange					
5430	t	a	radec-corp	RADEC CORP					
5430	u	a	radec-corp	RADEC CORP					
5431	t	a	park-agent	PARK AGENT					
5431	u	a	park-agent	PARK AGENT					
5432	t	a	postgresql	PostgreSQL Database					
5432	u	a	postgresql	PostgreSQL Database					
5433	t	a	pyrrho	Pyrrho DBMS				2005-11	
5433	u	a	pyrrho	Pyrrho DBMS				2005-11	
5434	t	a	sgi-arrayd	SGI Array Services Daemon				2005-10	
5434	u	a	sgi-arrayd	SGI Array Services Daemon				2005-10	
5435	t	a	sceanics	SCEANICS situation and action notification					
5435	u	a	sceanics	SCEANICS situation and action notification					
5436	t	r		Reserved					
5436	u	a	pmip6-cntl	pmip6-cntl	RFC5844				
5437	t	r		Reserved					
5437	u	a	pmip6-data	pmip6-data	RFC5844				
5438-5442	tu	u		Unassigned					
5443	t	a	spss	Pearson HTTPS				2008-01-17	
5443	u	a	spss	Pearson HTTPS				2008-01-17	
5444	tu	u		Unassigned			Known UNAUTHORIZED USE: Port 5444		
5445	t	a	smbdirect	Server Message Block over Remote Direct Memory Access				2012-03-15	
5445	u	r		Reserved					
5445	s	a	smbdirect	Server Message Block over Remote Direct Memory Access				2012-03-15	
5446-5449	tu	u		Unassigned					
5450	t	a	tiepie	TiePie engineering data acquisition				2016-04-01	
5450	u	a	tiepie-disc	TiePie engineering data acquisition (discovery)				2016-04-01	
5451-5452	tu	u		Unassigned					
5453	t	a	surebox	SureBox				2004-11	
5453	u	a	surebox	SureBox				2004-11	
5454	t	a	apc-5454	APC 5454					
5454	u	a	apc-5454	APC 5454					
5455	t	a	apc-5455	APC 5455					
5455	u	a	apc-5455	APC 5455					
5456	t	a	apc-5456	APC 5456					
5456	u	a	apc-5456	APC 5456					
5457-5460	tu	u		Unassigned					
5461	t	a	silkmeter	SILKMETER					
5461	u	a	silkmeter	SILKMETER					
5462	t	a	ttl-publisher	TTL Publisher					
5462	u	a	ttl-publisher	TTL Publisher					
5463	t	a	ttlpriceproxy	TTL Price Proxy					
5463	u	a	ttlpriceproxy	TTL Price Proxy					
5464	t	a	quailnet	Quail Networks Object Broker				2006-04	
5464	u	a	quailnet	Quail Networks Object Broker				2006-04	
5465	t	a	netops-broker	NETOPS-BROKER					
5465	u	a	netops-broker	NETOPS-BROKER					
5466-5469	tu	u		Unassigned					
5470	t	a	apsolab-col	The Apsolab company's data collection protocol (native api)				2014-11-10	
5470	u	r		Reserved					
5471	t	a	apsolab-cols	The Apsolab company's secure data collection protocol (native api)				2014-11-10	
5471	u	r		Reserved					
5472	t	a	apsolab-tag	The Apsolab company's dynamic tag protocol				2014-11-10	
5472	u	r		Reserved					
5473	t	a	apsolab-tags	The Apsolab company's secure dynamic tag protocol				2014-11-10	
5473	u	r		Reserved					
5474	u	a	apsolab-rpc	The Apsolab company's status query protocol				2014-11-10	
5474	t	r		Reserved					
5475	t	a	apsolab-data	The Apsolab company's data retrieval protocol				2014-11-10	
5475	u	r		Reserved					
5476-5499	tu	u		Unassigned					
5500	t	a	fcp-addr-srvr1	fcp-addr-srvr1					
5500	u	a	fcp-addr-srvr1	fcp-addr-srvr1					
5501	t	a	fcp-addr-srvr2	fcp-addr-srvr2					
5501	u	a	fcp-addr-srvr2	fcp-addr-srvr2					
5502	t	a	fcp-srvr-inst1	fcp-srvr-inst1					
5502	u	a	fcp-srvr-inst1	fcp-srvr-inst1					
5503	t	a	fcp-srvr-inst2	fcp-srvr-inst2					
5503	u	a	fcp-srvr-inst2	fcp-srvr-inst2					
5504	t	a	fcp-cics-gw1	fcp-cics-gw1					
5504	u	a	fcp-cics-gw1	fcp-cics-gw1					
5505	t	a	checkoutdb	Checkout Database				2007-04	
5505	u	a	checkoutdb	Checkout Database				2007-04	
5506	t	a	amc	Amcom Mobile Connect				2010-06-03	
5506	u	a	amc	Amcom Mobile Connect				2010-06-03	
5507	t	a	psl-management	PowerSysLab Electrical Management				2015-07-20	
5507	u	r		Reserved					
5508-5539	tu	u		Unassigned					
5540	t	a	matter	Matter Operational Discovery and Communi				2021-07-16	
5540	u	a	matter	Matter Operational Discovery and Communi				2021-07-16	
5541-5542	tu	u		Unassigned					
5543	t	a	qftest-licserve	QF-Test License Server				2024-01-05	
5543	u	r		Reserved					
5544-5549	tu	u		Unassigned					
5550	t	a	cbus	Model Railway control using the CBUS message protocol				2017-01-03	
5550	u	r		Reserved					
5551-5552	tu	u		Unassigned					
5553	t	a	sgi-eventmond	SGI Eventmond Port				2003-06	
5553	u	a	sgi-eventmond	SGI Eventmond Port				2003-06	
5554	t	a	sgi-esphttp	SGI ESP HTTP					
5554	u	a	sgi-esphttp	SGI ESP HTTP					
5555	t	a	personal-agent	Personal Agent			Known UNAUTHORIZED USEs on port 5555		
5555	u	a	personal-agent	Personal Agent			Known UNAUTHORIZED USEs on port 5555		
5556	t	a	freeciv	Freeciv gameplay			Known Unauthorized Use on port 5556	2006-01	
5556	u	a	freeciv	Freeciv gameplay			Known Unauthorized Use on port 5556	2006-01	
5557	t	a	farenet	Sandlab FARENET				2010-05-03	
5557	u	r		Reserved					
5558-5564	tu	u		Unassigned					
5565	t	a	dp-bura	Data Protector BURA				2016-01-13	2019-10-04
5565	u	r		Reserved					
5566	t	a	westec-connect	Westec Connect				2009-03-18	
5566	u	r		Reserved					
5567	t	a	dof-dps-mc-sec	DOF Protocol Stack Multicast/Secure Transport				2004-11	2015-04-23
5567	u	a	dof-dps-mc-sec	DOF Protocol Stack Multicast/Secure Transport				2004-11	2015-04-23
5568	t	a	sdt	Session Data Transport Multicast				2006-05	
5568	u	a	sdt	Session Data Transport Multicast				2006-05	
5569	t	a	rdmnet-ctrl	PLASA E1.33, Remote Device Management (RDM) controller status notifications				2012-06-01	
5569	u	a	rdmnet-device	PLASA E1.33, Remote Device Management (RDM) messages				2012-06-01	
5570-5572	tu	u		Unassigned			Known UNAUTHORIZED USE on Port 5570		
5573	t	a	sdmmp	SAS Domain Management Messaging Protocol				2007-08-30	
5573	u	a	sdmmp	SAS Domain Management Messaging Protocol				2007-08-30	
5574	t	a	lsi-bobcat	SAS IO Forwarding				2009-02-09	
5574	u	r		Reserved					
5575	t	a	ora-oap	Oracle Access Protocol				2010-04-13	
5575	u	r		Reserved					
5576-5578	tu	u		Unassigned					
5579	t	a	fdtracks	FleetDisplay Tracking Service				2008-09-22	
5579	u	r		Reserved					
5580	t	a	tmosms0	T-Mobile SMS Protocol Message 0				2006-06	
5580	u	a	tmosms0	T-Mobile SMS Protocol Message 0				2006-06	
5581	t	a	tmosms1	T-Mobile SMS Protocol Message 1				2006-06	
5581	u	a	tmosms1	T-Mobile SMS Protocol Message 1				2006-06	
5582	t	a	fac-restore	T-Mobile SMS Protocol Message 3				2008-02-19	
5582	u	a	fac-restore	T-Mobile SMS Protocol Message 3				2008-02-19	
5583	t	a	tmo-icon-sync	T-Mobile SMS Protocol Message 2				2008-01-22	
5583	u	a	tmo-icon-sync	T-Mobile SMS Protocol Message 2				2008-01-22	
5584	t	a	bis-web	BeInSync-Web				2005-08	
5584	u	a	bis-web	BeInSync-Web				2005-08	
5585	t	a	bis-sync	BeInSync-sync				2005-08	
5585	u	a	bis-sync	BeInSync-sync				2005-08	
5586	t	a	att-mt-sms	Planning to send mobile terminated SMS to the specific port so that the SMS is not visible to the client				2014-08-21	
5586	u	r		Reserved					
5587-5596	tu	u		Unassigned					
5597	t	a	ininmessaging	inin secure messaging				2006-05	
5597	u	a	ininmessaging	inin secure messaging				2006-05	
5598	t	a	mctfeed	MCT Market Data Feed				2006-05	
5598	u	a	mctfeed	MCT Market Data Feed				2006-05	
5599	t	a	esinstall	Enterprise Security Remote Install					
5599	u	a	esinstall	Enterprise Security Remote Install					
5600	t	a	esmmanager	Enterprise Security Manager					
5600	u	a	esmmanager	Enterprise Security Manager					
5601	t	a	esmagent	Enterprise Security Agent					
5601	u	a	esmagent	Enterprise Security Agent					
5602	t	a	a1-msc	A1-MSC					
5602	u	a	a1-msc	A1-MSC					
5603	t	a	a1-bs	A1-BS					
5603	u	a	a1-bs	A1-BS					
5604	t	a	a3-sdunode	A3-SDUNode					
5604	u	a	a3-sdunode	A3-SDUNode					
5605	t	a	a4-sdunode	A4-SDUNode					
5605	u	a	a4-sdunode	A4-SDUNode					
5606-5617	tu	u		Unassigned					
5618	t	a	efr	Fiscal Registering Protocol				2013-08-13	2022-02-02
5618	u	r		Reserved					
5619-5626	tu	u		Unassigned					
5627	t	a	ninaf	Node Initiated Network Association Forma				2006-03	
5627	u	a	ninaf	Node Initiated Network Association Forma				2006-03	
5628	t	a	htrust	HTrust API				2008-10-24	
5628	u	a	htrust	HTrust API				2008-10-24	
5629	t	a	symantec-sfdb	Symantec Storage Foundation for Database				2006-11	
5629	u	a	symantec-sfdb	Symantec Storage Foundation for Database				2006-11	
5630	t	a	precise-comm	PreciseCommunication				2006-04	
5630	u	a	precise-comm	PreciseCommunication				2006-04	
5631	t	a	pcanywheredata	pcANYWHEREdata					
5631	u	a	pcanywheredata	pcANYWHEREdata					
5632	t	a	pcanywherestat	pcANYWHEREstat					
5632	u	a	pcanywherestat	pcANYWHEREstat					
5633	t	a	beorl	BE Operations Request Listener				2006-02	
5633	u	a	beorl	BE Operations Request Listener				2006-02	
5634	t	a	xprtld	SF Message Service				2007-08-16	
5634	u	a	xprtld	SF Message Service				2007-08-16	
5635	t	a	sfmsso	SFM Authentication Subsystem				2008-09-15	
5635	u	r		Reserved					
5636	t	a	sfm-db-server	SFMdb - SFM DB server				2008-10-06	
5636	u	r		Reserved					
5637	t	a	cssc	Symantec CSSC				2011-02-02	
5637	u	r		Reserved					
5638	t	a	flcrs	Symantec Fingerprint Lookup and Container Reference Service				2012-01-03	
5638	u	r		Reserved					
5639	t	a	ics	Symantec Integrity Checking Service				2012-05-07	
5639	u	r		Reserved					
5640-5645	tu	u		Unassigned					
5646	t	a	vfmobile	Ventureforth Mobile				2011-11-03	
5646	u	r		Reserved					
5647-5665	tu	u		Unassigned					
5666	t	a	nrpe	Nagios Remote Plugin Executor				2017-09-06	
5666	u	r		Reserved					
5667-5669	tu	u		Unassigned					
5670	t	a	filemq	ZeroMQ file publish-subscribe protocol				2012-11-01	2013-02-25
5670	u	a	zre-disc	Local area discovery and messaging over ZeroMQ				2012-12-17	
5671	t	a	amqps	amqp protocol over TLS/SSL				2008-03-26	
5671	u	a	amqps	amqp protocol over TLS/SSL				2008-03-26	
5672	t	a	amqp	AMQP				2006-01	
5672	u	a	amqp	AMQP				2006-01	
5672	s	a	amqp	AMQP				2007-03	
5673	t	a	jms	JACL Message Server				2002-02	
5673	u	a	jms	JACL Message Server				2002-02	
5674	t	a	hyperscsi-port	HyperSCSI Port				2002-02	
5674	u	a	hyperscsi-port	HyperSCSI Port				2002-02	
5675	t	a	v5ua	V5UA application port	RFC3807				
5675	u	a	v5ua	V5UA application port	RFC3807				
5675	s	a	v5ua	V5UA application port	RFC3807				
5676	t	a	raadmin	RA Administration				2002-02	
5676	u	a	raadmin	RA Administration				2002-02	
5677	t	a	questdb2-lnchr	Quest Central DB2 Launchr				2002-02	
5677	u	a	questdb2-lnchr	Quest Central DB2 Launchr				2002-02	
5678	t	a	rrac	Remote Replication Agent Connection					
5678	u	a	rrac	Remote Replication Agent Connection					
5679	t	a	dccm	Direct Cable Connect Manager					
5679	u	a	dccm	Direct Cable Connect Manager					
5680	t	a	auriga-router	Auriga Router Service				2006-02	
5680	u	a	auriga-router	Auriga Router Service				2006-02	
5681	t	a	ncxcp	Net-coneX Control Protocol				2006-06	
5681	u	a	ncxcp	Net-coneX Control Protocol				2006-06	
5682	t	r		Reserved					
5682	u	a	brightcore	BrightCore control & data transfer exchange				2010-06-10	
5683	t	a	coap	Constrained Application Protocol (CoAP)	RFC8323			2017-12-22	
5683	u	a	coap	Constrained Application Protocol	RFC7252			2011-06-13	2013-07-25
5684	t	a	coaps	Constrained Application Protocol (CoAP)	RFC7301|RFC8323			2017-12-22	
5684	u	a	coaps	DTLS-secured CoAP	RFC7252			2013-07-25	
5685-5686	tu	u		Unassigned					
5687	u	a	gog-multiplayer	GOG multiplayer game protocol				2014-07-31	2014-10-09
5687	t	r		Reserved					
5688	t	a	ggz	GGZ Gaming Zone				2003-01	
5688	u	a	ggz	GGZ Gaming Zone				2003-01	
5689	t	a	qmvideo	QM video network management protocol				2006-05	
5689	u	a	qmvideo	QM video network management protocol				2006-05	
5690-5692	tu	u		Unassigned					
5693	t	a	rbsystem	Robert Bosch Data Transfer				2011-08-01	2020-02-04
5693	u	r		Reserved					
5694-5695	tu	u		Unassigned					
5696	t	a	kmip	Key Management Interoperability Protocol				2011-07-25	
5696	u	r		Reserved					
5697-5699	tu	u		Unassigned					
5700	t	a	supportassist	Dell SupportAssist data center management				2016-07-05	
5700	u	r		Reserved					
5701-5704	tu	u		Unassigned					
5705	t	a	storageos	StorageOS REST API				2017-03-03	
5705	u	r		Reserved					
5706-5712	tu	u		Unassigned					
5713	t	a	proshareaudio	proshare conf audio					
5713	u	a	proshareaudio	proshare conf audio					
5714	t	a	prosharevideo	proshare conf video					
5714	u	a	prosharevideo	proshare conf video					
5715	t	a	prosharedata	proshare conf data					
5715	u	a	prosharedata	proshare conf data					
5716	t	a	prosharerequest	proshare conf request					
5716	u	a	prosharerequest	proshare conf request					
5717	t	a	prosharenotify	proshare conf notify					
5717	u	a	prosharenotify	proshare conf notify					
5718	t	a	dpm	DPM Communication Server					
5718	u	a	dpm	DPM Communication Server					
5719	t	a	dpm-agent	DPM Agent Coordinator				2006-05	
5719	u	a	dpm-agent	DPM Agent Coordinator				2006-05	
5720	t	a	ms-licensing	MS-Licensing				2002-11	
5720	u	a	ms-licensing	MS-Licensing				2002-11	
5721	t	a	dtpt	Desktop Passthru Service				2005-01	
5721	u	a	dtpt	Desktop Passthru Service				2005-01	
5722	t	a	msdfsr	Microsoft DFS Replication Service				2006-03	
5722	u	a	msdfsr	Microsoft DFS Replication Service				2006-03	
5723	t	a	omhs	Operations Manager - Health Service				2006-08	
5723	u	a	omhs	Operations Manager - Health Service				2006-08	
5724	t	a	omsdk	Operations Manager - SDK Service				2006-08	
5724	u	a	omsdk	Operations Manager - SDK Service				2006-08	
5725	t	a	ms-ilm	Microsoft Identity Lifecycle Manager					
5725	u	r		Reserved				2008-05-02	
5726	t	a	ms-ilm-sts	Microsoft Lifecycle Manager Secure Token Service					
5726	u	r		Reserved				2008-05-02	
5727	t	a	asgenf	ASG Event Notification Framework				2009-07-15	
5727	u	r		Reserved					
5728	t	a	io-dist-data	Dist. I/O Comm. Service Data and Control				2010-03-22	
5728	u	a	io-dist-group	Dist. I/O Comm. Service Group Membership				2010-03-22	
5729	t	a	openmail	Openmail User Agent Layer					
5729	u	a	openmail	Openmail User Agent Layer					
5730	t	a	unieng	Steltor's calendar access					
5730	u	a	unieng	Steltor's calendar access					
5731-5740	tu	u		Unassigned					
5741	t	a	ida-discover1	IDA Discover Port 1					
5741	u	a	ida-discover1	IDA Discover Port 1					
5742	t	a	ida-discover2	IDA Discover Port 2					
5742	u	a	ida-discover2	IDA Discover Port 2					
5743	t	a	watchdoc-pod	Watchdoc NetPOD Protocol				2005-08	
5743	u	a	watchdoc-pod	Watchdoc NetPOD Protocol				2005-08	
5744	t	a	watchdoc	Watchdoc Server				2004-11	
5744	u	a	watchdoc	Watchdoc Server				2004-11	
5745	t	a	fcopy-server	fcopy-server					
5745	u	a	fcopy-server	fcopy-server					
5746	t	a	fcopys-server	fcopys-server					
5746	u	a	fcopys-server	fcopys-server					
5747	t	a	tunatic	Wildbits Tunatic				2005-08	
5747	u	a	tunatic	Wildbits Tunatic				2005-08	
5748	t	a	tunalyzer	Wildbits Tunalyzer				2005-08	
5748	u	a	tunalyzer	Wildbits Tunalyzer				2005-08	
5749	tu	u		Unassigned					
5750	t	a	rscd	Bladelogic Agent Service				2008-10-24	
5750	u	a	rscd	Bladelogic Agent Service				2008-10-24	
5751-5754	tu	u		Unassigned					
5755	t	a	openmailg	OpenMail Desk Gateway server					
5755	u	a	openmailg	OpenMail Desk Gateway server					
5756	tu	u		Unassigned					
5757	t	a	x500ms	OpenMail X.500 Directory Server					
5757	u	a	x500ms	OpenMail X.500 Directory Server					
5758-5765	tu	u		Unassigned					
5766	t	a	openmailns	OpenMail NewMail Server					
5766	u	a	openmailns	OpenMail NewMail Server					
5767	t	a	s-openmail	OpenMail Suer Agent Layer (Secure)					
5767	u	a	s-openmail	OpenMail Suer Agent Layer (Secure)					
5768	t	a	openmailpxy	OpenMail CMTS Server					
5768	u	a	openmailpxy	OpenMail CMTS Server					
5769	t	a	spramsca	x509solutions Internal CA				2006-02	
5769	u	a	spramsca	x509solutions Internal CA				2006-02	
5770	t	a	spramsd	x509solutions Secure Data				2006-02	
5770	u	a	spramsd	x509solutions Secure Data				2006-02	
5771	t	a	netagent	NetAgent					
5771	u	a	netagent	NetAgent					
5772-5776	tu	u		Unassigned					
5777	t	a	starfield-io	Control commands and responses				2003-10	2021-02-18
5777	u	a	starfield-io	Control commands and responses				2003-10	2021-02-18
5778-5779	tu	u		Unassigned					
5780	t	a	vts-rpc	Visual Tag System RPC				2009-09-17	
5780	u	r		Reserved					
5781	t	a	3par-evts	3PAR Event Reporting Service				2008-03-10	
5781	u	a	3par-evts	3PAR Event Reporting Service				2008-03-10	
5782	t	a	3par-mgmt	3PAR Management Service				2008-04-09	
5782	u	a	3par-mgmt	3PAR Management Service				2008-04-09	
5783	t	a	3par-mgmt-ssl	3PAR Management Service with SSL				2008-03-19	
5783	u	a	3par-mgmt-ssl	3PAR Management Service with SSL				2008-03-19	
5784	t	r		Reserved					
5784	u	a	ibar	Cisco Interbox Application Redundancy				2010-02-03	
5785	t	a	3par-rcopy	3PAR Inform Remote Copy				2010-02-03	
5785	u	a	3par-rcopy	3PAR Inform Remote Copy				2008-04-09	
5786	t	r		Reserved					
5786	u	a	cisco-redu	redundancy notification				2010-02-04	
5787	t	r		Reserved					
5787	u	a	waascluster	Cisco WAAS Cluster Protocol				2011-02-08	
5788-5792	tu	u		Unassigned					
5793	t	a	xtreamx	XtreamX Supervised Peer message				2007-02	
5793	u	a	xtreamx	XtreamX Supervised Peer message				2007-02	
5794	t	r		Reserved					
5794	u	a	spdp	Simple Peered Discovery Protocol				2010-05-27	
5795-5797	tu	u		Unassigned					
5798	t	a	enlabel-dpl	Proprietary Website deployment service				2021-10-12	
5798	u	r		Reserved					
5799-5812	tu	u		Unassigned					
5813	t	a	icmpd	ICMPD					
5813	u	a	icmpd	ICMPD					
5814	t	a	spt-automation	Support Automation				2003-11	
5814	u	a	spt-automation	Support Automation				2003-11	
5815-5819	tu	u		Unassigned					
5820	t	a	autopassdaemon	AutoPass licensing				2022-06-10	2024-08-01
5820	u	r		Reserved					
5821-5840	tu	u		Unassigned					
5841	t	a	shiprush-d-ch	Z-firm ShipRush interface for web access and bidirectional data				2014-08-22	
5841	u	r		Reserved					
5842	t	a	reversion	Reversion Backup/Restore				2011-09-26	2022-10-12
5842	u	r		Reserved					
5843-5858	tu	u		Unassigned					
5859	t	a	wherehoo	WHEREHOO					
5859	u	a	wherehoo	WHEREHOO					
5860-5862	tu	u		Unassigned					
5863	t	a	ppsuitemsg	PlanetPress Suite Messeng				2006-02	
5863	u	a	ppsuitemsg	PlanetPress Suite Messeng				2006-02	
5864-5867	tu	u		Unassigned					
5868	t	a	diameters	Diameter over TLS/TCP	RFC6733				
5868	u	r		Reserved					
5868	s	a	diameters	Diameter over DTLS/SCTP	RFC6733				
5869-5882	tu	u		Unassigned					
5883	t	a	jute	Javascript Unit Test Environment				2011-11-23	
5884-5899	tu	u		Unassigned					
5900	t	a	rfb	Remote Framebuffer	RFC6143			2006-03	
5900	u	a	rfb	Remote Framebuffer	RFC6143			2006-03	
5901-5902	tu	u		Unassigned					
5903	t	a	ff-ice	Flight & Flow Info for Collaborative Env		Defined TXT keys: FF-ICE		2022-06-03	
5903	u	a	ff-ice	Flight & Flow Info for Collaborative Env		Defined TXT keys: FF-ICE		2022-06-03	
5903	s	a	ff-ice	Flight & Flow Info for Collaborative Env		Defined TXT keys: FF-ICE		2022-06-03	
5904	t	a	ag-swim	Air-Ground SWIM		Defined TXT keys: AG-SWIM		2022-06-03	
5904	u	a	ag-swim	Air-Ground SWIM		Defined TXT keys: AG-SWIM		2022-06-03	
5904	s	a	ag-swim	Air-Ground SWIM		Defined TXT keys: AG-SWIM		2022-06-03	
5905	t	a	asmgcs	Adv Surface Mvmnt and Guidance Cont Sys		Defined TXT keys: ASMGCS		2022-06-03	
5905	u	a	asmgcs	Adv Surface Mvmnt and Guidance Cont Sys		Defined TXT keys: ASMGCS		2022-06-03	
5905	s	a	asmgcs	Adv Surface Mvmnt and Guidance Cont Sys		Defined TXT keys: ASMGCS		2022-06-03	
5906	t	a	rpas-c2	Remotely Piloted Vehicle C&C		Defined TXT keys: RPAS-C2		2022-06-03	
5906	u	a	rpas-c2	Remotely Piloted Vehicle C&C		Defined TXT keys: RPAS-C2		2022-06-03	
5906	s	a	rpas-c2	Remotely Piloted Vehicle C&C		Defined TXT keys: RPAS-C2		2022-06-03	
5907	t	a	dsd	Distress and Safety Data App		Defined TXT keys: DSD		2022-06-03	
5907	u	a	dsd	Distress and Safety Data App		Defined TXT keys: DSD		2022-06-03	
5907	s	a	dsd	Distress and Safety Data App		Defined TXT keys: DSD		2022-06-03	
5908	t	a	ipsma	IPS Management Application		Defined TXT keys: IPSMA		2022-06-03	
5908	u	a	ipsma	IPS Management Application		Defined TXT keys: IPSMA		2022-06-03	
5908	s	a	ipsma	IPS Management Application		Defined TXT keys: IPSMA		2022-06-03	
5909	t	a	agma	Air-ground media advisory		Defined TXT keys: AGMA		2022-06-03	
5909	u	a	agma	Air-ground media advisory		Defined TXT keys: AGMA		2022-06-03	
5909	s	a	agma	Air-ground media advisory		Defined TXT keys: AGMA		2022-06-03	
5910	t	a	ats-atn	Air Traffic Services applications using ATN				2008-10-10	2022-08-08
5910	u	a	ats-atn	Air Traffic Services applications using ATN				2008-10-10	2022-08-08
5910	s	a	cm	Context Management				2011-05-19	
5911	t	a	ats-acars	Air Traffic Services applications using ACARS				2008-10-10	2022-08-08
5911	u	a	ats-acars	Air Traffic Services applications using ACARS				2008-10-10	2022-08-08
5911	s	a	cpdlc	Controller Pilot Data Link Communication				2011-05-18	
5912	t	a	ais-met	Aeronautical Information Service/Meteorological applications using ACARS				2008-10-10	2022-08-08
5912	u	a	ais-met	Aeronautical Information Service/Meteorological applications using ACARS				2008-10-10	2022-08-08
5912	s	a	fis	Flight Information Services				2011-05-25	
5913	t	a	aoc-acars	Airline operational communications applications using ACARS				2008-10-10	2022-08-08
5913	u	a	aoc-acars	Airline operational communications applications using ACARS				2008-10-10	2022-08-08
5913	s	a	ads-c	Automatic Dependent Surveillance				2011-05-25	
5914	t	a	ipsdtls	Security for Internet Protocol Suite		Defined TXT keys: IPSDTLS		2024-11-19	
5914	u	a	ipsdtls	Security for Internet Protocol Suite		Defined TXT keys: IPSDTLS		2024-11-19	
5914	s	a	ipsdtls	Security for Internet Protocol Suite		Defined TXT keys: IPSDTLS		2024-11-19	
5915-5962	tu	u		Unassigned					
5963	t	a	indy	Indy Application Server				2004-11	
5963	u	a	indy	Indy Application Server				2004-11	
5964-5967	tu	u		Unassigned					
5968	t	a	mppolicy-v5	mppolicy-v5					
5968	u	a	mppolicy-v5	mppolicy-v5					
5969	t	a	mppolicy-mgr	mppolicy-mgr					
5969	u	a	mppolicy-mgr	mppolicy-mgr					
5970-5983	tu	u		Unassigned					
5984	t	a	couchdb	CouchDB				2007-11-27	
5984	u	a	couchdb	CouchDB				2007-11-27	
5985	t	a	wsman	WBEM WS-Management HTTP				2006-11	
5985	u	a	wsman	WBEM WS-Management HTTP				2006-11	
5986	t	a	wsmans	WBEM WS-Management HTTP over TLS/SSL				2006-11	
5986	u	a	wsmans	WBEM WS-Management HTTP over TLS/SSL				2006-11	
5987	t	a	wbem-rmi	WBEM RMI					
5987	u	a	wbem-rmi	WBEM RMI					
5988	t	a	wbem-http	WBEM CIM-XML (HTTP)					
5988	u	a	wbem-http	WBEM CIM-XML (HTTP)					
5989	t	a	wbem-https	WBEM CIM-XML (HTTPS)					
5989	u	a	wbem-https	WBEM CIM-XML (HTTPS)					
5990	t	a	wbem-exp-https	WBEM Export HTTPS				2004-11	
5990	u	a	wbem-exp-https	WBEM Export HTTPS				2004-11	
5991	t	a	nuxsl	NUXSL				2002-03	
5991	u	a	nuxsl	NUXSL				2002-03	
5992	t	a	consul-insight	Consul InSight Security				2006-01	
5992	u	a	consul-insight	Consul InSight Security				2006-01	
5993	t	a	cim-rs	DMTF WBEM CIM REST				2015-04-24	
5993	u	r		Reserved					
5994	t	a	rms-agent	RMS Agent Listening Service				2021-03-24	
5994	u	r		Reserved					
5995-5998	tu	u		Unassigned					
5999	t	a	cvsup	CVSup					
5999	u	a	cvsup	CVSup					
6000-6063	t	a	x11	X Window System			Known Unauthorized Use on port 6003		
6000-6063	u	a	x11	X Window System			Known Unauthorized Use on port 6003		
6064	t	a	ndl-ahp-svc	NDL-AHP-SVC					
6064	u	a	ndl-ahp-svc	NDL-AHP-SVC					
6065	t	a	winpharaoh	WinPharaoh					
6065	u	a	winpharaoh	WinPharaoh					
6066	t	a	ewctsp	EWCTSP					
6066	u	a	ewctsp	EWCTSP					
6067	tu	u		Unassigned					2007-07-17
6068	t	a	gsmp-ancp	GSMP/ANCP	RFC6320				
6068	u	r		Reserved					
6069	t	a	trip	TRIP					
6069	u	a	trip	TRIP					
6070	t	a	messageasap	Messageasap					
6070	u	a	messageasap	Messageasap					
6071	t	a	ssdtp	SSDTP					
6071	u	a	ssdtp	SSDTP					
6072	t	a	diagnose-proc	DIAGNOSE-PROC					
6072	u	a	diagnose-proc	DIAGNOSE-PROC					
6073	t	a	directplay8	DirectPlay8					
6073	u	a	directplay8	DirectPlay8					
6074	t	a	max	Microsoft Max				2006-02	
6074	u	a	max	Microsoft Max				2006-02	
6075	t	a	dpm-acm	Microsoft DPM Access Control Manager				2009-10-29	
6075	u	r		Reserved					
6076	t	a	msft-dpm-cert	Microsoft DPM WCF Certificates				2011-08-04	
6076	u	r		Reserved					
6077	t	a	iconstructsrv	iConstruct Server				2012-12-21	
6077	u	r		Reserved					
6078-6079	tu	u		Unassigned					
6080	u	a	gue	Generic UDP Encapsulation	draft-herbert-gue-02			2015-03-05	
6080	t	r		Reserved					
6081	u	a	geneve	Generic Network Virtualization Encapsulation (Geneve)	RFC8926			2014-03-27	2020-05-04
6081	t	r		Reserved					
6082	t	r		Reserved					
6082	u	a	p25cai	APCO Project 25 Common Air Interface - UDP encapsulation				2011-05-13	
6083	t	r		Reserved					
6083	u	a	miami-bcast	telecomsoftware miami broadcast				2011-02-22	
6084	t	a	reload-config	Peer to Peer Infrastructure Configuration	RFC6940			2009-01-29	2013-03-26
6084	u	r		Reserved					
6085	t	a	konspire2b	konspire2b p2p network				2002-10	
6085	u	a	konspire2b	konspire2b p2p network				2002-10	
6086	t	a	pdtp	PDTP P2P				2006-03	
6086	u	a	pdtp	PDTP P2P				2006-03	
6087	t	a	ldss	Local Download Sharing Service				2006-05	
6087	u	a	ldss	Local Download Sharing Service				2006-05	
6088	t	a	doglms	SuperDog License Manager				2012-07-26	
6088	u	a	doglms-notify	SuperDog License Manager Notifier				2012-07-26	
6089-6098	tu	u		Unassigned					
6099	t	a	raxa-mgmt	RAXA Management					
6099	u	r		Reserved					
6100	t	a	synchronet-db	SynchroNet-db			Known Unauthorized Use on port 6100		
6100	u	a	synchronet-db	SynchroNet-db			Known Unauthorized Use on port 6100		
6101	t	a	synchronet-rtc	SynchroNet-rtc					
6101	u	a	synchronet-rtc	SynchroNet-rtc					
6102	t	a	synchronet-upd	SynchroNet-upd					
6102	u	a	synchronet-upd	SynchroNet-upd					
6103	t	a	rets	RETS					
6103	u	a	rets	RETS					
6104	t	a	dbdb	DBDB					
6104	u	a	dbdb	DBDB					
6105	t	a	primaserver	Prima Server					
6105	u	a	primaserver	Prima Server					
6106	t	a	mpsserver	MPS Server					
6106	u	a	mpsserver	MPS Server					
6107	t	a	etc-control	ETC Control					2021-09-24
6107	u	a	etc-control	ETC Control					2021-09-24
6108	t	a	sercomm-scadmin	Sercomm-SCAdmin					
6108	u	a	sercomm-scadmin	Sercomm-SCAdmin					
6109	t	a	globecast-id	GLOBECAST-ID					
6109	u	a	globecast-id	GLOBECAST-ID					
6110	t	a	softcm	HP SoftBench CM					
6110	u	a	softcm	HP SoftBench CM					
6111	t	a	spc	HP SoftBench Sub-Process Control					
6111	u	a	spc	HP SoftBench Sub-Process Control					
6112	t	a	dtspcd	Desk-Top Sub-Process Control Daemon				2010-12-08	
6112	u	a	dtspcd	Desk-Top Sub-Process Control Daemon				2010-12-08	
6113	t	a	dayliteserver	Daylite Server				2009-08-26	
6113	u	r		Reserved					
6114	t	a	wrspice	WRspice IPC Service				2010-10-07	
6114	u	r		Reserved					
6115	t	a	xic	Xic IPC Service				2010-10-07	
6115	u	r		Reserved					
6116	t	a	xtlserv	XicTools License Manager Service				2010-10-07	
6116	u	r		Reserved					
6117	t	a	daylitetouch	Daylite Touch Sync				2009-08-26	
6117	u	r		Reserved					
6118	u	a	tipc	Transparent Inter Process Communication				2012-09-05	
6118	t	r		Reserved					
6119-6120	tu	u		Unassigned					
6121	t	a	spdy	SPDY for a faster web				2010-04-26	
6121	u	r		Reserved					
6122	t	a	bex-webadmin	Backup Express Web Server				2008-03-19	2015-02-04
6122	u	a	bex-webadmin	Backup Express Web Server				2008-03-19	2015-02-04
6123	t	a	backup-express	Backup Express				2008-03-19	2015-02-04
6123	u	a	backup-express	Backup Express				2008-03-19	2015-02-04
6124	t	a	pnbs	Phlexible Network Backup Service				2008-10-23	
6124	u	a	pnbs	Phlexible Network Backup Service				2008-10-23	
6125-6129	tu	u		Unassigned					
6130	t	a	damewaremobgtwy	The DameWare Mobile Gateway Service				2013-05-29	
6130	u	r		Reserved					
6131-6132	tu	u		Unassigned					
6133	t	a	nbt-wol	New Boundary Tech WOL				2004-11	
6133	u	a	nbt-wol	New Boundary Tech WOL				2004-11	
6134-6139	tu	u		Unassigned					
6140	t	a	pulsonixnls	Pulsonix Network License Service				2008-02-28	
6140	u	a	pulsonixnls	Pulsonix Network License Service				2008-02-28	
6141	t	a	meta-corp	Meta Corporation License Manager					
6141	u	a	meta-corp	Meta Corporation License Manager					
6142	t	a	aspentec-lm	Aspen Technology License Manager					
6142	u	a	aspentec-lm	Aspen Technology License Manager					
6143	t	a	watershed-lm	Watershed License Manager					
6143	u	a	watershed-lm	Watershed License Manager					
6144	t	a	statsci1-lm	StatSci License Manager - 1					
6144	u	a	statsci1-lm	StatSci License Manager - 1					
6145	t	a	statsci2-lm	StatSci License Manager - 2					
6145	u	a	statsci2-lm	StatSci License Manager - 2					
6146	t	a	lonewolf-lm	Lone Wolf Systems License Manager					
6146	u	a	lonewolf-lm	Lone Wolf Systems License Manager					
6147	t	a	montage-lm	Montage License Manager					
6147	u	a	montage-lm	Montage License Manager					
6148	t	a	ricardo-lm	Ricardo North America License Manager					
6148	u	a	ricardo-lm	Ricardo North America License Manager					
6149	t	a	tal-pod	tal-pod					
6149	u	a	tal-pod	tal-pod					
6150-6158	tu	u		Unassigned					
6159	t	a	efb-aci	EFB Application Control Interface				2010-02-10	
6159	u	r		Reserved					
6160	t	a	ecmp	Emerson Extensible Control and Management Protocol				2011-06-23	
6160	u	a	ecmp-data	Emerson Extensible Control and Management Protocol Data				2011-06-23	
6161	t	a	patrol-ism	PATROL Internet Srv Mgr				2005-01	
6161	u	a	patrol-ism	PATROL Internet Srv Mgr				2005-01	
6162	t	a	patrol-coll	PATROL Collector				2005-01	
6162	u	a	patrol-coll	PATROL Collector				2005-01	
6163	t	a	pscribe	Precision Scribe Cnx Port				2005-01	
6163	u	a	pscribe	Precision Scribe Cnx Port				2005-01	
6164-6199	tu	u		Unassigned					
6200	t	a	lm-x	LM-X License Manager by X-Formation			Known Unauthorized Use on port 6200	2006-10	
6200	u	a	lm-x	LM-X License Manager by X-Formation			Known Unauthorized Use on port 6200	2006-10	
6201	t	r		Reserved					
6201	u	a	thermo-calc	Management of service nodes in a processing grid for thermodynamic calculations				2012-06-28	
6202-6208	tu	u		Unassigned					
6209	t	a	qmtps	QMTP over TLS				2015-01-09	
6209	u	a	qmtps	QMTP over TLS				2015-01-09	
6210-6221	tu	u		Unassigned					
6222	t	a	radmind	Radmind Access Protocol				2006-03	
6222	u	a	radmind	Radmind Access Protocol				2006-03	
6223-6240	tu	u		Unassigned					
6241	t	a	jeol-nsdtp-1	JEOL Network Services Data Transport Protocol 1				2008-04-17	
6241	u	a	jeol-nsddp-1	JEOL Network Services Dynamic Discovery Protocol 1				2008-04-17	
6242	t	a	jeol-nsdtp-2	JEOL Network Services Data Transport Protocol 2				2008-04-17	
6242	u	a	jeol-nsddp-2	JEOL Network Services Dynamic Discovery Protocol 2				2008-04-17	
6243	t	a	jeol-nsdtp-3	JEOL Network Services Data Transport Protocol 3				2008-04-17	
6243	u	a	jeol-nsddp-3	JEOL Network Services Dynamic Discovery Protocol 3				2008-04-17	
6244	t	a	jeol-nsdtp-4	JEOL Network Services Data Transport Protocol 4				2008-04-17	
6244	u	a	jeol-nsddp-4	JEOL Network Services Dynamic Discovery Protocol 4				2008-04-17	
6245-6250	tu	u		Unassigned					
6251	t	a	tl1-raw-ssl	TL1 Raw Over SSL/TLS				2008-01-29	
6251	u	a	tl1-raw-ssl	TL1 Raw Over SSL/TLS				2008-01-29	
6252	t	a	tl1-ssh	TL1 over SSH				2008-01-25	
6252	u	a	tl1-ssh	TL1 over SSH				2008-01-25	
6253	t	a	crip	CRIP					
6253	u	a	crip	CRIP					
6254-6266	tu	u		Unassigned					
6267	t	a	gld	GridLAB-D User Interface				2010-12-10	
6267	u	r		Reserved					
6268	t	a	grid	Grid Authentication				2006-06	
6268	u	a	grid	Grid Authentication				2006-06	
6269	t	a	grid-alt	Grid Authentication Alt				2006-06	
6269	u	a	grid-alt	Grid Authentication Alt				2006-06	
6270-6299	tu	u		Unassigned					
6300	t	a	bmc-grx	BMC GRX					
6300	u	a	bmc-grx	BMC GRX					
6301	t	a	bmc-ctd-ldap	BMC CONTROL-D LDAP SERVER\nIANA assigned this well-formed service name as a replacement for "bmc_ctd_ldap".				2006-09	
6301	t	a	bmc_ctd_ldap	BMC CONTROL-D LDAP SERVER		This entry is an alias to "bmc-ctd-ldap".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-09	
6301	u	a	bmc-ctd-ldap	BMC CONTROL-D LDAP SERVER\nIANA assigned this well-formed service name as a replacement for "bmc_ctd_ldap".				2006-09	
6301	u	a	bmc_ctd_ldap	BMC CONTROL-D LDAP SERVER		This entry is an alias to "bmc-ctd-ldap".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-09	
6302-6305	tu	u		Unassigned					
6306	t	a	ufmp	Unified Fabric Management Protocol				2009-12-17	2019-07-02
6306	u	a	ufmp	Unified Fabric Management Protocol				2009-12-17	2019-07-02
6307-6314	tu	u		Unassigned					
6315	t	a	scup	Sensor Control Unit Protocol				2010-09-01	
6315	u	a	scup-disc	Sensor Control Unit Protocol Discovery Protocol				2010-09-01	
6316	t	a	abb-escp	Ethernet Sensor Communications Protocol				2008-09-25	
6316	u	a	abb-escp	Ethernet Sensor Communications Protocol				2008-09-25	
6317	t	a	nav-data-cmd	Navtech Radar Sensor Data Command				2013-02-20	
6317	u	a	nav-data	Navtech Radar Sensor Data				2013-02-20	
6318	t	a	iona-data	IONA Measurement and control data				2024-07-01	
6318	u	r		Reserved					
6319	tu	u		Unassigned					
6320	t	a	repsvc	Double-Take Replication Service				2006-04	2019-08-23
6320	u	a	repsvc	Double-Take Replication Service				2006-04	2019-08-23
6321	t	a	emp-server1	Empress Software Connectivity Server 1					
6321	u	a	emp-server1	Empress Software Connectivity Server 1					
6322	t	a	emp-server2	Empress Software Connectivity Server 2					
6322	u	a	emp-server2	Empress Software Connectivity Server 2					
6323	tu	u		Unassigned					
6324	t	a	hrd-ncs	HR Device Network Configuration Service				2011-11-29	
6324	u	a	hrd-ns-disc	HR Device Network service				2011-11-29	
6325	t	a	dt-mgmtsvc	Double-Take Management Service				2012-06-06	2019-08-23
6325	u	r		Reserved					
6326	t	a	dt-vra	Double-Take Virtual Recovery Assistant				2012-10-08	2019-08-23
6326	u	r		Reserved					
6327-6342	tu	u		Unassigned					
6343	t	a	sflow	sFlow traffic monitoring				2003-06	
6343	u	a	sflow	sFlow traffic monitoring				2003-06	
6344	t	a	streletz	Argus-Spectr security and fire-prevention systems service				2013-10-25	
6344	u	r		Reserved					
6345	tu	u		Unassigned					
6346	t	a	gnutella-svc	gnutella-svc					
6346	u	a	gnutella-svc	gnutella-svc					
6347	t	a	gnutella-rtr	gnutella-rtr					
6347	u	a	gnutella-rtr	gnutella-rtr					
6348-6349	tu	u		Unassigned					
6350	t	a	adap	App Discovery and Access Protocol				2010-06-22	
6350	u	a	adap	App Discovery and Access Protocol				2010-06-22	
6351-6354	tu	u		Unassigned					
6355	t	a	pmcs	PMCS applications				2007-03	
6355	u	a	pmcs	PMCS applications				2007-03	
6356-6359	tu	u		Unassigned					
6360	t	a	metaedit-mu	MetaEdit+ Multi-User				2007-11-12	
6360	u	a	metaedit-mu	MetaEdit+ Multi-User				2007-11-12	
6361-6362	tu	u		Unassigned					
6363	u	a	ndn	Named Data Networking				2013-10-30	
6363	t	r		Reserved					
6364-6369	tu	u		Unassigned					
6370	t	a	metaedit-se	MetaEdit+ Server Administration				2007-11-12	
6370	u	a	metaedit-se	MetaEdit+ Server Administration				2007-11-12	
6371-6378	tu	u		Unassigned					
6379	t	a	redis	An advanced key-value cache and store				2015-04-23	
6379	u	r		Reserved					
6380-6381	tu	u		Unassigned					
6382	t	a	metatude-mds	Metatude Dialogue Server					
6382	u	a	metatude-mds	Metatude Dialogue Server					
6383-6388	tu	u		Unassigned					
6389	t	a	clariion-evr01	clariion-evr01					
6389	u	a	clariion-evr01	clariion-evr01					
6390	t	a	metaedit-ws	MetaEdit+ WebService API				2007-11-12	
6390	u	a	metaedit-ws	MetaEdit+ WebService API				2007-11-12	
6391-6399	tu	u		Unassigned					
6400	tu	a	boe-cms	Business Objects CMS contact port				2008-05-05	
6401	tu	a	boe-was	boe-was				2008-05-05	
6402	tu	a	boe-eventsrv	boe-eventsrv				2008-05-05	
6403	tu	a	boe-cachesvr	boe-cachesvr				2008-05-05	
6404	tu	a	boe-filesvr	Business Objects Enterprise internal server				2008-05-05	
6405	tu	a	boe-pagesvr	Business Objects Enterprise internal server				2008-05-05	
6406	tu	a	boe-processsvr	Business Objects Enterprise internal server				2008-05-05	
6407	tu	a	boe-resssvr1	Business Objects Enterprise internal server				2008-05-05	
6408	tu	a	boe-resssvr2	Business Objects Enterprise internal server				2008-05-05	
6409	tu	a	boe-resssvr3	Business Objects Enterprise internal server				2008-05-05	
6410	tu	a	boe-resssvr4	Business Objects Enterprise internal server				2008-05-05	
6411-6416	tu	u		Unassigned					
6417	t	a	faxcomservice	Faxcom Message Service				2006-04	
6417	u	a	faxcomservice	Faxcom Message Service				2006-04	
6418	t	a	syserverremote	SYserver remote commands				2010-03-23	
6418	u	r		Reserved					
6419	t	a	svdrp	Simple VDR Protocol				2010-03-31	
6419	u	a	svdrp-disc	Simple VDR Protocol Discovery				2015-05-08	
6420	t	a	nim-vdrshell	NIM_VDRShell				2006-02	
6420	u	a	nim-vdrshell	NIM_VDRShell				2006-02	
6421	t	a	nim-wan	NIM_WAN				2006-02	
6421	u	a	nim-wan	NIM_WAN				2006-02	
6422-6431	tu	u		Unassigned					
6432	t	a	pgbouncer	PgBouncer				2009-02-13	
6432	u	r		Reserved					
6433-6439	tu	u		Unassigned					
6440	t	a	heliosd	heliosd daemon				2020-02-28	
6440	u	r		Reserved					
6441	tu	u		Unassigned					
6442	t	a	tarp	Transitory Application Request Protocol				2014-05-16	
6442	u	r		Reserved					
6443	t	a	sun-sr-https	Service Registry Default HTTPS Domain				2006-03	
6443	u	a	sun-sr-https	Service Registry Default HTTPS Domain				2006-03	
6444	t	a	sge-qmaster	Grid Engine Qmaster Service\nIANA assigned this well-formed service name as a replacement for "sge_qmaster".				2006-08	
6444	t	a	sge_qmaster	Grid Engine Qmaster Service		This entry is an alias to "sge-qmaster".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
6444	u	a	sge-qmaster	Grid Engine Qmaster Service\nIANA assigned this well-formed service name as a replacement for "sge_qmaster".				2006-08	
6444	u	a	sge_qmaster	Grid Engine Qmaster Service		This entry is an alias to "sge-qmaster".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
6445	t	a	sge-execd	Grid Engine Execution Service\nIANA assigned this well-formed service name as a replacement for "sge_execd".				2006-08	
6445	t	a	sge_execd	Grid Engine Execution Service		This entry is an alias to "sge-execd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
6445	u	a	sge-execd	Grid Engine Execution Service\nIANA assigned this well-formed service name as a replacement for "sge_execd".				2006-08	
6445	u	a	sge_execd	Grid Engine Execution Service		This entry is an alias to "sge-execd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
6446	t	a	mysql-proxy	MySQL Proxy				2009-04-22	
6446	u	a	mysql-proxy	MySQL Proxy				2009-04-22	
6447-6454	tu	u		Unassigned					
6455	t	a	skip-cert-recv	SKIP Certificate Receive					
6455	u	a	skip-cert-recv	SKIP Certificate Receive					
6456	t	a	skip-cert-send	SKIP Certificate Send					
6456	u	a	skip-cert-send	SKIP Certificate Send					
6457-6463	tu	u		Unassigned					
6464	t	a	ieee11073-20701	Port assignment for medical device communication in accordance to IEEE 11073-20701				2017-03-02	
6464	u	a	ieee11073-20701	Port assignment for medical device communication in accordance to IEEE 11073-20701				2017-03-02	
6465-6470	tu	u		Unassigned					
6471	t	a	lvision-lm	LVision License Manager					
6471	u	a	lvision-lm	LVision License Manager					
6472-6479	tu	u		Unassigned					
6480	t	a	sun-sr-http	Service Registry Default HTTP Domain				2006-03	
6480	u	a	sun-sr-http	Service Registry Default HTTP Domain				2006-03	
6481	t	a	servicetags	Service Tags				2007-01	
6481	u	a	servicetags	Service Tags				2007-01	
6482	t	a	ldoms-mgmt	Logical Domains Management Interface				2008-02-14	
6482	u	a	ldoms-mgmt	Logical Domains Management Interface				2008-02-14	
6483	t	a	SunVTS-RMI	SunVTS RMI				2007-06	
6483	u	a	SunVTS-RMI	SunVTS RMI				2007-06	
6484	t	a	sun-sr-jms	Service Registry Default JMS Domain				2006-03	
6484	u	a	sun-sr-jms	Service Registry Default JMS Domain				2006-03	
6485	t	a	sun-sr-iiop	Service Registry Default IIOP Domain				2006-03	
6485	u	a	sun-sr-iiop	Service Registry Default IIOP Domain				2006-03	
6486	t	a	sun-sr-iiops	Service Registry Default IIOPS Domain				2006-03	
6486	u	a	sun-sr-iiops	Service Registry Default IIOPS Domain				2006-03	
6487	t	a	sun-sr-iiop-aut	Service Registry Default IIOPAuth Domain				2006-03	
6487	u	a	sun-sr-iiop-aut	Service Registry Default IIOPAuth Domain				2006-03	
6488	t	a	sun-sr-jmx	Service Registry Default JMX Domain				2006-03	
6488	u	a	sun-sr-jmx	Service Registry Default JMX Domain				2006-03	
6489	t	a	sun-sr-admin	Service Registry Default Admin Domain				2006-03	
6489	u	a	sun-sr-admin	Service Registry Default Admin Domain				2006-03	
6490-6499	tu	u		Unassigned					
6500	t	a	boks	BoKS Master					
6500	u	a	boks	BoKS Master					
6501	t	a	boks-servc	BoKS Servc\nIANA assigned this well-formed service name as a replacement for "boks_servc".			Known Unauthorized Use on port 6501		
6501	t	a	boks_servc	BoKS Servc		This entry is an alias to "boks-servc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.	Known Unauthorized Use on port 6501		
6501	u	a	boks-servc	BoKS Servc\nIANA assigned this well-formed service name as a replacement for "boks_servc".					
6501	u	a	boks_servc	BoKS Servc		This entry is an alias to "boks-servc".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6502	t	a	boks-servm	BoKS Servm\nIANA assigned this well-formed service name as a replacement for "boks_servm".					
6502	t	a	boks_servm	BoKS Servm		This entry is an alias to "boks-servm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6502	u	a	boks-servm	BoKS Servm\nIANA assigned this well-formed service name as a replacement for "boks_servm".					
6502	u	a	boks_servm	BoKS Servm		This entry is an alias to "boks-servm".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6503	t	a	boks-clntd	BoKS Clntd\nIANA assigned this well-formed service name as a replacement for "boks_clntd".					
6503	t	a	boks_clntd	BoKS Clntd		This entry is an alias to "boks-clntd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6503	u	a	boks-clntd	BoKS Clntd\nIANA assigned this well-formed service name as a replacement for "boks_clntd".					
6503	u	a	boks_clntd	BoKS Clntd		This entry is an alias to "boks-clntd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6504	tu	u		Unassigned					
6505	t	a	badm-priv	BoKS Admin Private Port\nIANA assigned this well-formed service name as a replacement for "badm_priv".					
6505	t	a	badm_priv	BoKS Admin Private Port		This entry is an alias to "badm-priv".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6505	u	a	badm-priv	BoKS Admin Private Port\nIANA assigned this well-formed service name as a replacement for "badm_priv".					
6505	u	a	badm_priv	BoKS Admin Private Port		This entry is an alias to "badm-priv".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6506	t	a	badm-pub	BoKS Admin Public Port\nIANA assigned this well-formed service name as a replacement for "badm_pub".					
6506	t	a	badm_pub	BoKS Admin Public Port		This entry is an alias to "badm-pub".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6506	u	a	badm-pub	BoKS Admin Public Port\nIANA assigned this well-formed service name as a replacement for "badm_pub".					
6506	u	a	badm_pub	BoKS Admin Public Port		This entry is an alias to "badm-pub".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6507	t	a	bdir-priv	BoKS Dir Server, Private Port\nIANA assigned this well-formed service name as a replacement for "bdir_priv".					
6507	t	a	bdir_priv	BoKS Dir Server, Private Port		This entry is an alias to "bdir-priv".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6507	u	a	bdir-priv	BoKS Dir Server, Private Port\nIANA assigned this well-formed service name as a replacement for "bdir_priv".					
6507	u	a	bdir_priv	BoKS Dir Server, Private Port		This entry is an alias to "bdir-priv".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6508	t	a	bdir-pub	BoKS Dir Server, Public Port\nIANA assigned this well-formed service name as a replacement for "bdir_pub".					
6508	t	a	bdir_pub	BoKS Dir Server, Public Port		This entry is an alias to "bdir-pub".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6508	u	a	bdir-pub	BoKS Dir Server, Public Port\nIANA assigned this well-formed service name as a replacement for "bdir_pub".					
6508	u	a	bdir_pub	BoKS Dir Server, Public Port		This entry is an alias to "bdir-pub".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6509	t	a	mgcs-mfp-port	MGCS-MFP Port					
6509	u	a	mgcs-mfp-port	MGCS-MFP Port					
6510	t	a	mcer-port	MCER Port					
6510	u	a	mcer-port	MCER Port					
6511	t	r		Reserved					
6511	u	a	dccp-udp	Datagram Congestion Control Protocol Encapsulation for NAT Traversal	RFC6773				
6512	tu	u		Unassigned					
6513	t	a	netconf-tls	NETCONF over TLS	RFC7589|RFC-ietf-netconf-over-tls13-04				2024-01-24
6513	u	r		Reserved					
6514	t	a	syslog-tls	Syslog over TLS	RFC5425				
6514	u	a	syslog-tls	syslog over DTLS	RFC6012				
6514	d	a	syslog-tls	syslog over DTLS	RFC6012				
6515	t	a	elipse-rec	Elipse RPC Protocol				2007-09-17	
6515	u	a	elipse-rec	Elipse RPC Protocol				2007-09-17	
6516-6542	tu	u		Unassigned					
6543	t	a	lds-distrib	lds_distrib				2003-06	
6543	u	a	lds-distrib	lds_distrib				2003-06	
6544	t	a	lds-dump	LDS Dump Service				2006-02	
6544	u	a	lds-dump	LDS Dump Service				2006-02	
6545-6546	tu	u		Unassigned					
6547	t	a	apc-6547	APC 6547					
6547	u	a	apc-6547	APC 6547					
6548	t	a	apc-6548	APC 6548					
6548	u	a	apc-6548	APC 6548					
6549	t	a	apc-6549	APC 6549					
6549	u	a	apc-6549	APC 6549					
6550	t	a	fg-sysupdate	fg-sysupdate					
6550	u	a	fg-sysupdate	fg-sysupdate					
6551	t	a	sum	Software Update Manager				2007-12-13	
6551	u	a	sum	Software Update Manager				2007-12-13	
6552-6555	tu	u		Unassigned					
6556	t	a	checkmk-agent	Checkmk Monitoring Agent				2020-07-14	2024-08-06
6556	u	r		Reserved					
6557	tu	u		Unassigned					
6558	t	a	xdsxdm			possible contact			
6558	u	a	xdsxdm			possible contact			
6559-6565	tu	u		Unassigned					
6566	t	a	sane-port	SANE Control Port				2002-10	
6566	u	a	sane-port	SANE Control Port				2002-10	
6567	tu	r		Reserved		This entry has been removed on 2011-08-26.		2007-01	2011-08-26
6568	t	a	canit-store	CanIt Storage Manager\nIANA assigned this well-formed service name as a replacement for "canit_store".				2009-04-22	2017-05-25
6568	t	a	canit_store	CanIt Storage Manager		This entry is an alias to "canit-store".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2009-04-22	2017-05-25
6568	u	a	rp-reputation	Roaring Penguin IP Address Reputation Collection				2010-02-05	2017-05-25
6569-6578	tu	u		Unassigned					
6579	t	a	affiliate	Affiliate				2006-01	
6579	u	a	affiliate	Affiliate				2006-01	
6580	t	a	parsec-master	Parsec Masterserver					
6580	u	a	parsec-master	Parsec Masterserver					
6581	t	a	parsec-peer	Parsec Peer-to-Peer					
6581	u	a	parsec-peer	Parsec Peer-to-Peer					
6582	t	a	parsec-game	Parsec Gameserver					
6582	u	a	parsec-game	Parsec Gameserver					
6583	t	a	joaJewelSuite	JOA Jewel Suite				2005-11	
6583	u	a	joaJewelSuite	JOA Jewel Suite				2005-11	
6584-6587	tu	u		Unassigned					
6588	tu	u		Unassigned			Unofficial use of port 6588 by AnalogX and Microsoft		
6589-6599	tu	u		Unassigned					
6600	t	a	mshvlm	Microsoft Hyper-V Live Migration				2009-02-03	
6600	u	r		Reserved					
6601	t	a	mstmg-sstp	Microsoft Threat Management Gateway SSTP				2009-05-04	
6601	u	r		Reserved					
6602	t	a	wsscomfrmwk	Windows WSS Communication Framework				2010-08-10	
6602	u	r		Reserved					
6603-6618	tu	u		Unassigned					
6619	t	a	odette-ftps	ODETTE-FTP over TLS/SSL	RFC5024			2006-03	
6619	u	a	odette-ftps	ODETTE-FTP over TLS/SSL	RFC5024			2006-03	
6620	t	a	kftp-data	Kerberos V5 FTP Data				2005-08	
6620	u	a	kftp-data	Kerberos V5 FTP Data				2005-08	
6621	t	a	kftp	Kerberos V5 FTP Control				2005-08	
6621	u	a	kftp	Kerberos V5 FTP Control				2005-08	
6622	t	a	mcftp	Multicast FTP				2006-02	
6622	u	a	mcftp	Multicast FTP				2006-02	
6623	t	a	ktelnet	Kerberos V5 Telnet				2005-08	
6623	u	a	ktelnet	Kerberos V5 Telnet				2005-08	
6624	t	a	datascaler-db	DataScaler database				2010-02-08	
6624	u	r		Reserved					
6625	t	a	datascaler-ctl	DataScaler control				2010-02-08	
6625	u	r		Reserved					
6626	t	a	wago-service	WAGO Service and Update				2006-04	
6626	u	a	wago-service	WAGO Service and Update				2006-04	
6627	t	a	nexgen	Allied Electronics NeXGen				2005-08	
6627	u	a	nexgen	Allied Electronics NeXGen				2005-08	
6628	t	a	afesc-mc	AFE Stock Channel M/C				2004-04	
6628	u	a	afesc-mc	AFE Stock Channel M/C				2004-04	
6629	t	a	nexgen-aux	Secondary, (non ANDI) multi-protocol multi-function interface to\n    the Allied ANDI-based family of forecourt controllers				2016-11-29	
6629	u	a	nexgen-aux	Secondary, (non ANDI) multi-protocol multi-function interface to\n      the Allied ANDI-based family of forecourt controllers				2016-11-29	
6630	tu	u		Unassigned					
6631	tu	u		Unassigned				2004-05-28	
6632	t	a	mxodbc-connect	eGenix mxODBC Connect			Unauthorized Use Known on port 6632	2009-11-13	
6632	u	r		Reserved					
6633	t	r		Reserved					
6633	u	a	cisco-vpath-tun	Cisco vPath Services Overlay				2012-06-11	
6634	u	a	mpls-pm	MPLS Performance Measurement out-of-band response				2014-02-20	
6634	t	r		Reserved					
6635	t	r		Reserved					
6635	u	a	mpls-udp	Encapsulate MPLS packets in UDP tunnels.	RFC7510			2015-02-10	
6636	t	r		Reserved					
6636	u	a	mpls-udp-dtls	Encapsulate MPLS packets in UDP tunnels with DTLS.	RFC7510			2015-02-10	
6637-6639	tu	u		Unassigned					
6640	t	a	ovsdb	Open vSwitch Database protocol	RFC7047			2013-07-31	
6640	u	r		Reserved					
6641-6652	tu	u		Unassigned					
6653	t	a	openflow	OpenFlow				2013-07-18	
6653	u	a	openflow	OpenFlow				2013-07-18	
6654	tu	u		Unassigned					
6655	t	a	pcs-sf-ui-man	PC SOFT - Software factory UI/manager				2010-11-30	
6655	u	r		Reserved					
6656	t	a	emgmsg	Emergency Message Control Service				2010-12-06	
6656	u	r		Reserved					
6657	t	r		Reserved					
6657	u	a	palcom-disc	PalCom Discovery				2010-12-06	
6658-6664	tu	u		Unassigned			Unauthorized Use Known on Port 6659		
6665-6669	t	a	ircu	IRCU					
6665-6669	u	r		Reserved					
6670	t	a	vocaltec-gold	Vocaltec Global Online Directory					
6670	u	a	vocaltec-gold	Vocaltec Global Online Directory					
6671	t	a	p4p-portal	P4P Portal Service				2008-07-28	
6671	u	a	p4p-portal	P4P Portal Service				2008-07-28	
6672	t	a	vision-server	vision_server\nIANA assigned this well-formed service name as a replacement for "vision_server".					
6672	t	a	vision_server	vision_server		This entry is an alias to "vision-server".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6672	u	a	vision-server	vision_server\nIANA assigned this well-formed service name as a replacement for "vision_server".					
6672	u	a	vision_server	vision_server		This entry is an alias to "vision-server".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6673	t	a	vision-elmd	vision_elmd\nIANA assigned this well-formed service name as a replacement for "vision_elmd".					
6673	t	a	vision_elmd	vision_elmd		This entry is an alias to "vision-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6673	u	a	vision-elmd	vision_elmd\nIANA assigned this well-formed service name as a replacement for "vision_elmd".					
6673	u	a	vision_elmd	vision_elmd		This entry is an alias to "vision-elmd".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
6674-6677	tu	u		Unassigned					
6678	t	a	vfbp	Viscount Freedom Bridge Protocol				2011-03-16	
6678	u	a	vfbp-disc	Viscount Freedom Bridge Discovery				2011-03-16	
6679	t	a	osaut	Osorno Automation				2011-03-16	
6679	u	a	osaut	Osorno Automation				2011-03-16	
6680-6686	tu	u		Unassigned					
6687	t	a	clever-ctrace	CleverView for cTrace Message Service				2010-02-01	
6687	u	r		Reserved					
6688	t	a	clever-tcpip	CleverView for TCP/IP Message Service				2009-10-13	
6688	u	r		Reserved					
6689	t	a	tsa	Tofino Security Appliance				2009-10-13	
6689	u	a	tsa	Tofino Security Appliance				2009-10-13	
6690	t	a	cleverdetect	CLEVERDetect Message Service				2014-12-03	
6690	u	r		Reserved					
6691-6695	tu	u		Unassigned					
6696	t	r		Reserved					
6696	u	a	babel	Babel Routing Protocol	RFC8966				2011-08-15
6697	t	a	ircs-u	Internet Relay Chat via TLS/SSL	RFC7194			2014-02-11	
6697	u	r		Reserved				2014-02-11	
6698	tu	u		Unassigned					
6699	t	r		Reserved					
6699	u	a	babel-dtls	Babel Routing Protocol over DTLS	RFC8968			2020-09-04	
6700	tu	u		Unassigned				2010-01-26	
6701	t	a	kti-icad-srvr	KTI/ICAD Nameserver					
6701	u	a	kti-icad-srvr	KTI/ICAD Nameserver					
6701	s	u		Unassigned					2010-01-26
6702	t	a	e-design-net	e-Design network				2006-02	
6702	u	a	e-design-net	e-Design network				2006-02	
6702	s	u		Unassigned					2010-01-26
6703	t	a	e-design-web	e-Design web				2006-02	
6703	u	a	e-design-web	e-Design web				2006-02	
6704	u	r		Reserved					
6704	t	r		Reserved					
6704	s	a	frc-hp	ForCES HP (High Priority) channel	RFC5811				
6705	u	r		Reserved					
6705	t	r		Reserved					
6705	s	a	frc-mp	ForCES MP (Medium Priority) channel	RFC5811				
6706	u	r		Reserved					
6706	t	r		Reserved					
6706	s	a	frc-lp	ForCES LP (Low priority) channel	RFC5811				
6707-6713	tu	u		Unassigned					
6714	t	a	ibprotocol	Internet Backplane Protocol					
6714	u	a	ibprotocol	Internet Backplane Protocol					
6715	t	a	fibotrader-com	Fibotrader Communications				2006-01	
6715	u	a	fibotrader-com	Fibotrader Communications				2006-01	
6716	t	a	princity-agent	Princity Agent				2014-07-07	2015-07-08
6716	u	r		Reserved					
6717-6766	tu	u		Unassigned					
6767	t	a	bmc-perf-agent	BMC PERFORM AGENT					
6767	u	a	bmc-perf-agent	BMC PERFORM AGENT					
6768	t	a	bmc-perf-mgrd	BMC PERFORM MGRD					
6768	u	a	bmc-perf-mgrd	BMC PERFORM MGRD					
6769	t	a	adi-gxp-srvprt	ADInstruments GxP Server				2005-08	
6769	u	a	adi-gxp-srvprt	ADInstruments GxP Server				2005-08	
6770	t	a	plysrv-http	PolyServe http				2005-08	
6770	u	a	plysrv-http	PolyServe http				2005-08	
6771	t	a	plysrv-https	PolyServe https				2005-08	
6771	u	a	plysrv-https	PolyServe https				2005-08	
6772-6776	tu	u		Unassigned					
6777	t	a	ntz-tracker	netTsunami Tracker				2013-05-01	
6777	u	r		Reserved					
6778	t	a	ntz-p2p-storage	netTsunami p2p storage system				2013-05-01	
6778	u	r		Reserved					
6779-6783	tu	u		Unassigned					
6784	t	r		Reserved					
6784	u	a	bfd-lag	Bidirectional Forwarding Detection (BFD) on Link Aggregation Group (LAG) Interfaces	RFC7130			2012-11-08	2014-01-09
6785	t	a	dgpf-exchg	DGPF Individual Exchange				2006-04	
6785	u	a	dgpf-exchg	DGPF Individual Exchange				2006-04	
6786	t	a	smc-jmx	Sun Java Web Console JMX				2005-08	
6786	u	a	smc-jmx	Sun Java Web Console JMX				2005-08	
6787	t	a	smc-admin	Sun Web Console Admin				2005-08	
6787	u	a	smc-admin	Sun Web Console Admin				2005-08	
6788	t	a	smc-http	SMC-HTTP				2002-11	
6788	u	a	smc-http	SMC-HTTP				2002-11	
6789	t	a	radg	GSS-API for the Oracle Remote Administration Daemon				2002-08	2016-09-15
6789	u	r		Reserved				2002-08	2016-09-15
6790	t	a	hnmp	HNMP					
6790	u	a	hnmp	HNMP					
6791	t	a	hnm	Halcyon Network Manager				2005-05	2023-05-24
6791	u	a	hnm	Halcyon Network Manager				2005-05	2023-05-24
6792-6800	tu	u		Unassigned					
6801	t	a	acnet	ACNET Control System Protocol				2007-02	2017-07-13
6801	u	a	acnet	ACNET Control System Protocol				2007-02	2017-07-13
6802-6816	tu	u		Unassigned					
6817	t	a	pentbox-sim	PenTBox Secure IM Protocol				2009-11-04	
6817	u	r		Reserved					
6818-6830	tu	u		Unassigned					
6831	t	a	ambit-lm	ambit-lm					
6831	u	a	ambit-lm	ambit-lm					
6832-6840	tu	u		Unassigned					
6841	t	a	netmo-default	Netmo Default					
6841	u	a	netmo-default	Netmo Default					
6842	t	a	netmo-http	Netmo HTTP					
6842	u	a	netmo-http	Netmo HTTP					
6843-6849	tu	u		Unassigned					
6850	t	a	iccrushmore	ICCRUSHMORE					
6850	u	a	iccrushmore	ICCRUSHMORE					
6851-6867	tu	u		Unassigned					
6868	t	a	acctopus-cc	Acctopus Command Channel				2009-11-16	
6868	u	a	acctopus-st	Acctopus Status				2009-11-16	
6869-6887	tu	u		Unassigned					
6888	t	a	muse	MUSE					
6888	u	a	muse	MUSE					
6889-6899	tu	u		Unassigned					
6900	t	a	rtimeviewer	R*TIME Viewer Data Interface				2016-12-14	
6900	u	r		Reserved					
6901	t	a	jetstream	Novell Jetstream messaging protocol				2010-06-11	
6901	u	r		Reserved					
6902-6923	tu	u		Unassigned					
6924	t	a	split-ping	Ping with RX/TX latency/loss split				2020-02-12	
6924	u	a	split-ping	Ping with RX/TX latency/loss split				2020-02-12	
6925-6934	tu	u		Unassigned					
6935	t	a	ethoscan	EthoScan Service				2011-06-10	
6935	u	a	ethoscan	EthoScan Service				2011-06-10	
6936	t	a	xsmsvc	XenSource Management Service				2006-06	
6936	u	a	xsmsvc	XenSource Management Service				2006-06	
6937-6945	tu	u		Unassigned					
6946	t	a	bioserver	Biometrics Server				2006-01	
6946	u	a	bioserver	Biometrics Server				2006-01	
6947-6950	tu	u		Unassigned					
6951	t	a	otlp	OTLP				2006-04	
6951	u	a	otlp	OTLP				2006-04	
6952-6960	tu	u		Unassigned					
6961	t	a	jmact3	JMACT3					
6961	u	a	jmact3	JMACT3					
6962	t	a	jmevt2	jmevt2					
6962	u	a	jmevt2	jmevt2					
6963	t	a	swismgr1	swismgr1					
6963	u	a	swismgr1	swismgr1					
6964	t	a	swismgr2	swismgr2					
6964	u	a	swismgr2	swismgr2					
6965	t	a	swistrap	swistrap					
6965	u	a	swistrap	swistrap					
6966	t	a	swispol	swispol					
6966	u	a	swispol	swispol					
6967-6968	tu	u		Unassigned					
6969	t	a	acmsoda	acmsoda					
6969	u	a	acmsoda	acmsoda					
6970	t	a	conductor	Conductor test coordination protocol				2014-09-18	
6970	u	r		Reserved					
6970	s	a	conductor-mpx	conductor for multiplex				2014-07-29	
6971-6979	tu	u		Unassigned					
6980	t	r		Reserved					
6980	u	a	qolyester	QoS-extended OLSR protocol				2022-05-24	
6981-6996	tu	u		Unassigned					
6997	t	a	MobilitySrv	Mobility XE Protocol				2007-06	
6997	u	a	MobilitySrv	Mobility XE Protocol				2007-06	
6998	t	a	iatp-highpri	IATP-highPri					
6998	u	a	iatp-highpri	IATP-highPri					
6999	t	a	iatp-normalpri	IATP-normalPri					
6999	u	a	iatp-normalpri	IATP-normalPri					
7000	t	a	afs3-fileserver	file server itself					
7000	u	a	afs3-fileserver	file server itself					
7001	t	a	afs3-callback	callbacks to cache managers			Known Unauthorized Use on port 7001		
7001	u	a	afs3-callback	callbacks to cache managers			Known Unauthorized Use on port 7001		
7002	t	a	afs3-prserver	users & groups database			Known Unauthorized Use on port 7002		
7002	u	a	afs3-prserver	users & groups database			Known Unauthorized Use on port 7002		
7003	t	a	afs3-vlserver	volume location database					
7003	u	a	afs3-vlserver	volume location database					
7004	t	a	afs3-kaserver	AFS/Kerberos authentication service					
7004	u	a	afs3-kaserver	AFS/Kerberos authentication service					
7005	t	a	afs3-volser	volume managment server			Known Unauthorized Use on port 7005		
7005	u	a	afs3-volser	volume managment server			Known Unauthorized Use on port 7005		
7006	t	a	afs3-errors	error interpretation service					
7006	u	a	afs3-errors	error interpretation service					
7007	t	a	afs3-bos	basic overseer process					
7007	u	a	afs3-bos	basic overseer process					
7008	t	a	afs3-update	server-to-server updater					
7008	u	a	afs3-update	server-to-server updater					
7009	t	a	afs3-rmtsys	remote cache manager service					
7009	u	a	afs3-rmtsys	remote cache manager service					
7010	t	a	ups-onlinet	onlinet uninterruptable power supplies					
7010	u	a	ups-onlinet	onlinet uninterruptable power supplies					
7011	t	a	talon-disc	Talon Discovery Port			Known Unauthorized Use on 7011		
7011	u	a	talon-disc	Talon Discovery Port			Known Unauthorized Use on 7011		
7012	t	a	talon-engine	Talon Engine			Known Unauthorized Use on 7011		
7012	u	a	talon-engine	Talon Engine			Known Unauthorized Use on 7011		
7013	t	a	microtalon-dis	Microtalon Discovery					
7013	u	a	microtalon-dis	Microtalon Discovery					
7014	t	a	microtalon-com	Microtalon Communications					
7014	u	a	microtalon-com	Microtalon Communications					
7015	t	a	talon-webserver	Talon Webserver					
7015	u	a	talon-webserver	Talon Webserver					
7016	t	a	spg	SPG Controls Carrier				2017-03-27	
7016	u	a	spg	SPG Controls Carrier				2017-03-27	
7017	t	a	grasp	GeneRic Autonomic Signaling Protocol	RFC8990			2017-04-28	2017-07-20
7017	u	a	grasp	GeneRic Autonomic Signaling Protocol	RFC8990			2017-04-28	2017-07-20
7018	t	a	fisa-svc	FISA Service				2011-05-19	
7018	u	r		Reserved					
7019	t	a	doceri-ctl	doceri drawing service control				2011-04-27	
7019	u	a	doceri-view	doceri drawing service screen view				2011-04-27	
7020	t	a	dpserve	DP Serve					
7020	u	a	dpserve	DP Serve					
7021	t	a	dpserveadmin	DP Serve Admin					
7021	u	a	dpserveadmin	DP Serve Admin					
7022	t	a	ctdp	CT Discovery Protocol				2005-06	
7022	u	a	ctdp	CT Discovery Protocol				2005-06	
7023	t	a	ct2nmcs	Comtech T2 NMCS				2005-06	
7023	u	a	ct2nmcs	Comtech T2 NMCS				2005-06	
7024	t	a	vmsvc	Vormetric service				2005-06	
7024	u	a	vmsvc	Vormetric service				2005-06	
7025	t	a	vmsvc-2	Vormetric Service II				2005-06	
7025	u	a	vmsvc-2	Vormetric Service II				2005-06	
7026	t	a	loreji-panel	Loreji Webhosting Panel				2018-02-21	
7026	u	r		Reserved					
7027-7029	tu	u		Unassigned					
7030	t	a	op-probe	ObjectPlanet probe				2002-04	
7030	u	a	op-probe	ObjectPlanet probe				2002-04	
7031	t	a	iposplanet	IPOSPLANET retailing multi devices protocol				2012-10-23	
7031	u	r		Reserved					
7032-7039	tu	u		Unassigned					
7040	t	r		Reserved					
7040	u	a	quest-disc	Quest application level network service discovery				2012-04-09	
7041-7069	tu	u		Unassigned					
7070	t	a	arcp	ARCP					
7070	u	a	arcp	ARCP					
7071	t	a	iwg1	IWGADTS Aircraft Housekeeping Message				2010-02-16	
7071	u	a	iwg1	IWGADTS Aircraft Housekeeping Message				2010-02-16	
7072	t	a	iba-cfg	iba Device Configuration Protocol				2018-02-12	
7072	u	a	iba-cfg-disc	iba Device Configuration Protocol				2018-02-12	
7073	t	a	martalk	MarTalk protocol				2013-09-02	
7073	u	r		Reserved					
7074-7079	tu	u		Unassigned					
7080	t	a	empowerid	EmpowerID Communication				2008-01-16	
7080	u	a	empowerid	EmpowerID Communication				2008-01-16	
7081-7087	tu	u		Unassigned					
7088	t	r		Reserved					
7088	u	a	zixi-transport	Zixi live video transport protocol				2015-11-16	
7089-7094	tu	u		Unassigned					
7095	u	a	jdp-disc	Java Discovery Protocol				2013-03-12	
7095	t	r		Reserved					
7096-7098	tu	u		Unassigned					
7099	t	a	lazy-ptop	lazy-ptop					
7099	u	a	lazy-ptop	lazy-ptop					
7100	t	a	font-service	X Font Service					
7100	u	a	font-service	X Font Service					
7101	t	a	elcn	Embedded Light Control Network				2007-02	
7101	u	a	elcn	Embedded Light Control Network				2007-02	
7102-7106	tu	u		Unassigned					
7107	t	r		Reserved					
7107	u	a	aes-x170	AES-X170				2011-02-10	
7108-7116	tu	u		Unassigned					
7117	t	a	rothaga	Encrypted chat and file transfer service				2016-05-10	
7117	u	r		Reserved					
7118-7120	tu	u		Unassigned					
7121	t	a	virprot-lm	Virtual Prototypes License Manager					
7121	u	a	virprot-lm	Virtual Prototypes License Manager					
7122	tu	u		Unassigned					
7123	t	a	snif	End-to-end TLS Relay Control Connection				2021-12-24	
7123	u	r		Reserved					
7124-7127	tu	u		Unassigned					
7128	t	a	scenidm	intelligent data manager				2006-03	
7128	u	a	scenidm	intelligent data manager				2006-03	
7129	t	a	scenccs	Catalog Content Search				2006-04	
7129	u	a	scenccs	Catalog Content Search				2006-04	
7130-7160	tu	u		Unassigned					
7161	t	a	cabsm-comm	CA BSM Comm				2004-11	
7161	u	a	cabsm-comm	CA BSM Comm				2004-11	
7162	t	a	caistoragemgr	CA Storage Manager				2004-11	
7162	u	a	caistoragemgr	CA Storage Manager				2004-11	
7163	t	a	cacsambroker	CA Connection Broker				2005-05	
7163	u	a	cacsambroker	CA Connection Broker				2005-05	
7164	t	a	fsr	File System Repository Agent				2007-07-19	
7164	u	a	fsr	File System Repository Agent				2007-07-19	
7165	t	a	doc-server	Document WCF Server				2008-01-07	
7165	u	a	doc-server	Document WCF Server				2008-01-07	
7166	t	a	aruba-server	Aruba eDiscovery Server				2008-01-07	
7166	u	a	aruba-server	Aruba eDiscovery Server				2008-01-07	
7167	t	a	casrmagent	CA SRM Agent				2010-02-24	
7167	u	r		Reserved					
7168	t	a	cnckadserver	cncKadServer DB & Inventory Services				2011-01-31	
7168	u	r		Reserved					
7169	t	a	ccag-pib	Consequor Consulting Process Integration Bridge				2010-02-22	
7169	u	a	ccag-pib	Consequor Consulting Process Integration Bridge				2010-02-22	
7170	t	a	nsrp	Adaptive Name/Service Resolution				2010-02-01	
7170	u	a	nsrp	Adaptive Name/Service Resolution				2010-02-01	
7171	t	a	drm-production	Discovery and Retention Mgt Production				2010-02-18	
7171	u	a	drm-production	Discovery and Retention Mgt Production				2010-02-18	
7172	t	a	metalbend	Port used for MetalBend programmable interface				2012-11-27	
7172	u	r		Reserved					
7173	t	a	zsecure	zSecure Server				2010-10-01	
7173	u	r		Reserved					
7174	t	a	clutild	Clutild					
7174	u	a	clutild	Clutild					
7175-7180	tu	u		Unassigned					
7181	u	a	janus-disc	Janus Guidewire Enterprise Discovery Service Bus				2014-02-06	
7181	t	r		Reserved					
7182-7199	tu	u		Unassigned					
7200	t	a	fodms	FODMS FLIP					
7200	u	a	fodms	FODMS FLIP					
7201	t	a	dlip	DLIP					
7201	u	a	dlip	DLIP					
7202	t	a	pon-ictp	Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON\n    (Passive Optical Network) systems	TR-352|Inter-Channel-Termination protocol (ICTP) is a peer-to-peer protocol with\n      a binary message format that is used by a set of optical line terminal (OLT) channel terminations (CT) comprising a 40-Gigabit-capable next-generation passive optical network (NG-PON2) system to\n      exchange channel profile configuration and status information and to coordinate the operation of tunable optical network units (ONUs) in a multi-wavelength channel environment.			2017-02-22	2019-12-16
7202	u	r		Reserved					
7203-7214	tu	u		Unassigned					
7215	t	a	PS-Server	Communication ports for PaperStream Server services				2016-02-26	
7215	u	r		Reserved					
7216	t	a	PS-Capture-Pro	PaperStream Capture Professional				2016-02-26	
7216	u	r		Reserved					
7217-7226	tu	u		Unassigned					
7227	t	a	ramp	Registry A & M Protocol				2003-11	
7227	u	a	ramp	Registry A & M Protocol				2003-11	
7228	t	a	citrixupp	Citrix Universal Printing Port				2011-02-24	
7228	u	r		Reserved					
7229	t	a	citrixuppg	Citrix UPP Gateway				2011-02-24	
7229	u	r		Reserved					
7230-7233	tu	u		Unassigned					
7234	t	a	asa-gateways	Traffic forwarding for Okta cloud infra				2020-07-07	
7234	u	r		Reserved					
7235	u	a	aspcoordination	ASP Coordination Protocol				2013-12-31	
7235	t	r		Reserved					
7236	t	a	display	Wi-Fi Alliance Wi-Fi Display Protocol		Defined TXT keys: _display.tcp. Display Protocol		2012-04-09	
7236	u	r		Reserved					
7237	t	a	pads	PADS (Public Area Display System) Server				2011-03-10	
7237	u	r		Reserved					
7238-7243	tu	u		Unassigned					
7244	t	a	frc-hicp	FrontRow Calypso Human Interface Control Protocol				2016-04-19	
7244	u	a	frc-hicp-disc	FrontRow Calypso Human Interface Control Protocol				2016-04-19	
7245-7261	tu	u		Unassigned					
7262	t	a	cnap	Calypso Network Access Protocol				2009-06-02	
7262	u	a	cnap	Calypso Network Access Protocol				2009-06-02	
7263-7271	tu	u		Unassigned					
7272	t	a	watchme-7272	WatchMe Monitoring 7272				2005-08	
7272	u	a	watchme-7272	WatchMe Monitoring 7272				2005-08	
7273	t	a	oma-rlp	OMA Roaming Location				2005-08	
7273	u	a	oma-rlp	OMA Roaming Location				2005-08	
7274	t	a	oma-rlp-s	OMA Roaming Location SEC				2005-08	
7274	u	a	oma-rlp-s	OMA Roaming Location SEC				2005-08	
7275	t	a	oma-ulp	OMA UserPlane Location				2006-02	
7275	u	a	oma-ulp	OMA UserPlane Location				2006-02	
7276	t	a	oma-ilp	OMA Internal Location Protocol				2007-11-06	
7276	u	a	oma-ilp	OMA Internal Location Protocol				2007-11-06	
7277	t	a	oma-ilp-s	OMA Internal Location Secure Protocol				2007-11-06	
7277	u	a	oma-ilp-s	OMA Internal Location Secure Protocol				2007-11-06	
7278	t	a	oma-dcdocbs	OMA Dynamic Content Delivery over CBS				2008-01-29	
7278	u	a	oma-dcdocbs	OMA Dynamic Content Delivery over CBS				2008-01-29	
7279	t	a	ctxlic	Citrix Licensing				2008-01-29	
7279	u	a	ctxlic	Citrix Licensing				2008-01-29	
7280	t	a	itactionserver1	ITACTIONSERVER 1					
7280	u	a	itactionserver1	ITACTIONSERVER 1					
7281	t	a	itactionserver2	ITACTIONSERVER 2					
7281	u	a	itactionserver2	ITACTIONSERVER 2					
7282	t	a	mzca-action	eventACTION/ussACTION (MZCA) server				2009-01-30	
7282	u	a	mzca-alert	eventACTION/ussACTION (MZCA) alert				2010-01-21	
7283	t	a	genstat	General Statistics Rendezvous Protocol				2011-09-28	
7283	u	r		Reserved					
7284-7299	tu	u		Unassigned					
7300-7359	tu	a	swx	The Swiss Exchange					
7360-7364	tu	u		Unassigned					2006-02-06
7365	t	a	lcm-server	LifeKeeper Communications				2006-02	
7365	u	a	lcm-server	LifeKeeper Communications				2006-02	
7366-7390	tu	u		Unassigned					2006-02-06
7391	t	a	mindfilesys	mind-file system server					
7391	u	a	mindfilesys	mind-file system server					
7392	t	a	mrssrendezvous	mrss-rendezvous server					
7392	u	a	mrssrendezvous	mrss-rendezvous server					
7393	t	a	nfoldman	nFoldMan Remote Publish				2006-01	
7393	u	a	nfoldman	nFoldMan Remote Publish				2006-01	
7394	t	a	fse	File system export of backup images				2006-04	
7394	u	a	fse	File system export of backup images				2006-04	
7395	t	a	winqedit	winqedit					
7395	u	a	winqedit	winqedit					
7396	tu	u		Unassigned					
7397	t	a	hexarc	Hexarc Command Language				2004-11	
7397	u	a	hexarc	Hexarc Command Language				2004-11	
7398-7399	tu	u		Unassigned					
7400	t	a	rtps-discovery	RTPS Discovery				2005-10	
7400	u	a	rtps-discovery	RTPS Discovery				2005-10	
7401	t	a	rtps-dd-ut	RTPS Data-Distribution User-Traffic				2005-10	
7401	u	a	rtps-dd-ut	RTPS Data-Distribution User-Traffic				2005-10	
7402	t	a	rtps-dd-mt	RTPS Data-Distribution Meta-Traffic				2005-10	
7402	u	a	rtps-dd-mt	RTPS Data-Distribution Meta-Traffic				2005-10	
7403-7409	tu	u		Unassigned					
7410	t	a	ionixnetmon	Ionix Network Monitor				2006-04	
7410	u	a	ionixnetmon	Ionix Network Monitor				2006-04	
7411	t	a	daqstream	Streaming of measurement data				2013-03-15	
7411	u	a	daqstream	Streaming of measurement data				2013-03-15	
7412-7419	tu	u		Unassigned					
7420	t	r		Reserved					
7420	u	a	ipluminary	Multichannel real-time lighting control				2018-01-18	
7421	t	a	mtportmon	Matisse Port Monitor				2004-11	
7421	u	a	mtportmon	Matisse Port Monitor				2004-11	
7422-7425	tu	u		Unassigned					
7426	t	a	pmdmgr	OpenView DM Postmaster Manager					
7426	u	a	pmdmgr	OpenView DM Postmaster Manager					
7427	t	a	oveadmgr	OpenView DM Event Agent Manager					
7427	u	a	oveadmgr	OpenView DM Event Agent Manager					
7428	t	a	ovladmgr	OpenView DM Log Agent Manager					
7428	u	a	ovladmgr	OpenView DM Log Agent Manager					
7429	t	a	opi-sock	OpenView DM rqt communication					
7429	u	a	opi-sock	OpenView DM rqt communication					
7430	t	a	xmpv7	OpenView DM xmpv7 api pipe					
7430	u	a	xmpv7	OpenView DM xmpv7 api pipe					
7431	t	a	pmd	OpenView DM ovc/xmpv3 api pipe					
7431	u	a	pmd	OpenView DM ovc/xmpv3 api pipe					
7432-7436	tu	u		Unassigned					
7437	t	a	faximum	Faximum					
7437	u	a	faximum	Faximum					
7438-7442	tu	u		Unassigned					
7443	t	a	oracleas-https	Oracle Application Server HTTPS				2006-08	
7443	u	a	oracleas-https	Oracle Application Server HTTPS				2006-08	
7444-7470	tu	u		Unassigned					
7471	t	a	sttunnel	Stateless Transport Tunneling Protocol				2014-04-28	
7471	u	r		Reserved					
7472	tu	u		Unassigned					
7473	t	a	rise	Rise: The Vieneo Province				2007-03	
7473	u	a	rise	Rise: The Vieneo Province				2007-03	
7474	t	a	neo4j	Neo4j Graph Database				2013-02-08	
7474	u	r		Reserved					
7475-7477	tu	u		Unassigned					
7478	t	a	openit	IT Asset Management				2016-11-17	
7478	u	r		Reserved					
7479-7490	tu	u		Unassigned					
7491	t	a	telops-lmd	telops-lmd					
7491	u	a	telops-lmd	telops-lmd					
7492-7499	tu	u		Unassigned			Known Unauthorized Use on port 7499		
7500	t	a	silhouette	Silhouette User				2004-02	
7500	u	a	silhouette	Silhouette User				2004-02	
7501	t	a	ovbus	HP OpenView Bus Daemon			Known Unauthorized Use on port 7501		
7501	u	a	ovbus	HP OpenView Bus Daemon			Known Unauthorized Use on port 7501		
7502-7507	tu	u		Unassigned					
7508	t	a	adcp	Automation Device Configuration Protocol				2011-05-27	2012-07-26
7508	u	r		Reserved					
7509	t	a	acplt	ACPLT - process automation service				2010-12-07	2012-08-07
7509	u	r		Reserved					
7510	t	a	ovhpas	HP OpenView Application Server					
7510	u	a	ovhpas	HP OpenView Application Server					
7511	t	a	pafec-lm	pafec-lm					
7511	u	a	pafec-lm	pafec-lm					
7512-7541	tu	u		Unassigned					
7542	t	a	saratoga	Saratoga Transfer Protocol				2007-05	
7542	u	a	saratoga	Saratoga Transfer Protocol				2007-05	
7543	t	a	atul	atul server				2006-01	
7543	u	a	atul	atul server				2006-01	
7544	t	a	nta-ds	FlowAnalyzer DisplayServer					
7544	u	a	nta-ds	FlowAnalyzer DisplayServer					
7545	t	a	nta-us	FlowAnalyzer UtilityServer					
7545	u	a	nta-us	FlowAnalyzer UtilityServer					
7546	t	a	cfs	Cisco Fabric service				2005-09	
7546	u	a	cfs	Cisco Fabric service				2005-09	
7547	t	a	cwmp	Broadband Forum CWMP				2006-01	2019-12-13
7547	u	a	cwmp	Broadband Forum CWMP				2006-01	2019-12-13
7548	t	a	tidp	Threat Information Distribution Protocol				2006-02	
7548	u	a	tidp	Threat Information Distribution Protocol				2006-02	
7549	t	a	nls-tl	Network Layer Signaling Transport Layer				2006-05	
7549	u	a	nls-tl	Network Layer Signaling Transport Layer				2006-05	
7550	t	r		Reserved					
7550	u	a	cloudsignaling	Cloud Signaling Service				2011-07-01	
7551	t	a	controlone-con	ControlONE Console signaling				2014-11-07	2017-06-13
7551	u	r		Reserved					
7552-7559	tu	u		Unassigned					
7560	t	a	sncp	Sniffer Command Protocol				2005-08	
7560	u	a	sncp	Sniffer Command Protocol				2005-08	
7561-7562	tu	u		Unassigned					
7563	t	a	cfw	Control Framework	RFC6230				
7563	u	r		Reserved					
7564-7565	tu	u		Unassigned					
7566	t	a	vsi-omega	VSI Omega					
7566	u	a	vsi-omega	VSI Omega					
7567-7568	tu	u		Unassigned					
7569	t	a	dell-eql-asm	Dell EqualLogic Host Group Management					
7569	u	r		Reserved					
7570	t	a	aries-kfinder	Aries Kfinder					
7570	u	a	aries-kfinder	Aries Kfinder					
7571-7573	tu	u		Unassigned					
7574	t	a	coherence	Oracle Coherence Cluster Service				2014-07-09	
7574	u	a	coherence-disc	Oracle Coherence Cluster discovery service				2014-07-09	
7575	t	a	wtmi-panel	Main access port for WTMI Panel				2024-08-13	
7575	u	r		Reserved					
7576-7587	tu	u		Unassigned					
7588	t	a	sun-lm	Sun License Manager					
7588	u	a	sun-lm	Sun License Manager					
7589-7605	tu	u		Unassigned					
7606	t	a	mipi-debug	MIPI Alliance Debug				2016-02-26	
7606	u	a	mipi-debug	MIPI Alliance Debug				2016-02-26	
7607-7623	tu	u		Unassigned					
7624	t	a	indi	Instrument Neutral Distributed Interface				2002-04	
7624	u	a	indi	Instrument Neutral Distributed Interface				2002-04	
7625	tu	u		Unassigned					
7626	t	a	simco	SImple Middlebox COnfiguration (SIMCO) Server	RFC4540				
7626	u	u		De-registered				2006-01-30	
7626	s	a	simco	SImple Middlebox COnfiguration (SIMCO)				2006-01	
7627	t	a	soap-http	SOAP Service Port				2004-12	
7627	u	a	soap-http	SOAP Service Port				2004-12	
7628	t	a	zen-pawn	Primary Agent Work Notification				2006-05	
7628	u	a	zen-pawn	Primary Agent Work Notification				2006-05	
7629	t	a	xdas	OpenXDAS Wire Protocol				2006-10	
7629	u	a	xdas	OpenXDAS Wire Protocol				2006-10	
7630	t	a	hawk	HA Web Konsole				2010-03-31	
7630	u	r		Reserved					
7631	t	a	tesla-sys-msg	TESLA System Messaging				2010-03-31	
7631	u	r		Reserved					
7632	tu	u		Unassigned					
7633	t	a	pmdfmgt	PMDF Management					
7633	u	a	pmdfmgt	PMDF Management					
7634-7647	tu	u		Unassigned					
7648	t	a	cuseeme	bonjour-cuseeme				2006-07	
7648	u	a	cuseeme	bonjour-cuseeme				2006-07	
7649-7662	tu	u		Unassigned					
7663	t	a	rome	Proprietary immutable distributed data storage				2018-02-07	
7663	u	a	rome	Proprietary immutable distributed data storage				2018-02-07	
7664-7667	tu	u		Unassigned					
7668	t	a	authoritygate	AuthorityGate Secure API communication for Orchestrated task sequencing				2025-03-28	
7668	u	r		Reserved					
7669-7671	tu	u		Unassigned					
7672	t	a	imqstomp	iMQ STOMP Server				2009-03-10	
7672	u	r		Reserved					
7673	t	a	imqstomps	iMQ STOMP Server over SSL				2009-03-10	
7673	u	r		Reserved					
7674	t	a	imqtunnels	iMQ SSL tunnel				2002-04	
7674	u	a	imqtunnels	iMQ SSL tunnel				2002-04	
7675	t	a	imqtunnel	iMQ Tunnel				2002-04	
7675	u	a	imqtunnel	iMQ Tunnel				2002-04	
7676	t	a	imqbrokerd	iMQ Broker Rendezvous				2002-04	
7676	u	a	imqbrokerd	iMQ Broker Rendezvous				2002-04	
7677	t	a	sun-user-https	Sun App Server - HTTPS				2005-11	
7677	u	a	sun-user-https	Sun App Server - HTTPS				2005-11	
7678-7679	tu	u		Unassigned					
7680	t	a	ms-do	Microsoft Delivery Optimization Peer-to-Peer				2008-02-27	2022-05-03
7680	u	a	ms-do	Microsoft Delivery Optimization Peer-to-Peer				2008-02-27	2022-05-03
7681-7682	tu	u		Unassigned					
7683	t	a	dmt	Cleondris DMT				2015-03-31	
7683	u	r		Reserved					
7684-7686	tu	u		Unassigned					
7687	t	a	bolt	Bolt database connection				2016-09-29	
7687	u	r		Reserved					
7688	tu	u		Unassigned					
7689	t	a	collaber	Collaber Network Service				2007-01	
7689	u	a	collaber	Collaber Network Service				2007-01	
7690	t	a	sovd	Service-Oriented Vehicle Diagnostics				2022-07-01	
7690	u	r		Reserved					
7691-7696	tu	u		Unassigned					
7697	t	a	klio	KLIO communications				2005-08	
7697	u	a	klio	KLIO communications				2005-08	
7698-7699	tu	u		Unassigned					
7700	t	a	em7-secom	EM7 Secure Communications				2008-06-05	
7700	u	r		Reserved					
7701	t	r		Reserved					
7701	u	r		Reserved					
7701	s	a	nfapi	SCF nFAPI defining MAC/PHY split				2017-01-24	
7702-7706	tu	u		Unassigned					
7707	t	a	sync-em7	EM7 Dynamic Updates				2004-11	
7707	u	a	sync-em7	EM7 Dynamic Updates				2004-11	
7708	t	a	scinet	scientia.net				2006-01	
7708	u	a	scinet	scientia.net				2006-01	
7709-7719	tu	u		Unassigned					
7720	t	a	medimageportal	MedImage Portal				2003-10	
7720	u	a	medimageportal	MedImage Portal				2003-10	
7721-7723	tu	u		Unassigned					
7724	t	a	nsdeepfreezectl	Novell Snap-in Deep Freeze Control				2008-01-07	
7724	u	a	nsdeepfreezectl	Novell Snap-in Deep Freeze Control				2008-01-07	
7725	t	a	nitrogen	Nitrogen Service				2004-11	
7725	u	a	nitrogen	Nitrogen Service				2004-11	
7726	t	a	freezexservice	FreezeX Console Service				2005-06	
7726	u	a	freezexservice	FreezeX Console Service				2005-06	
7727	t	a	trident-data	Trident Systems Data				2005-08	
7727	u	a	trident-data	Trident Systems Data				2005-08	
7728	t	a	osvr	Open-Source Virtual Reality				2015-07-14	
7728	u	a	osvr	Open-Source Virtual Reality				2015-07-14	
7728	s	a	osvr	Open-Source Virtual Reality				2015-07-14	
7729-7733	tu	u		Unassigned					
7734	t	a	smip	Smith Protocol over IP				2007-04	2024-10-08
7734	u	a	smip	Smith Protocol over IP				2007-04	2024-10-08
7735-7737	tu	u		Unassigned					
7738	t	a	aiagent	HP Enterprise Discovery Agent				2005-08	
7738	u	a	aiagent	HP Enterprise Discovery Agent				2005-08	
7739-7740	tu	u		Unassigned					
7741	t	a	scriptview	ScriptView Network				2010-08-19	
7741	u	a	scriptview	ScriptView Network				2010-08-19	
7742	t	a	msss	Mugginsoft Script Server Service				2008-09-08	
7742	u	r		Reserved					
7743	t	a	sstp-1	Sakura Script Transfer Protocol					
7743	u	a	sstp-1	Sakura Script Transfer Protocol					
7744	t	a	raqmon-pdu	RAQMON PDU	RFC4712				
7744	u	a	raqmon-pdu	RAQMON PDU	RFC4712				
7745-7746	tu	u		Unassigned					
7747	t	a	prgp	Put/Run/Get Protocol				2008-02-22	
7747	u	a	prgp	Put/Run/Get Protocol				2008-02-22	
7748-7776	tu	u		Unassigned					
7775	t	a	inetfs	A File System using TLS over a wide area network				2016-01-28	
7775	u	r		Reserved					
7776	tu	u		Unassigned					
7777	t	a	cbt	cbt			Known Unauthorized Use on port 7777		
7777	u	a	cbt	cbt			Known Unauthorized Use on port 7777		
7778	t	a	interwise	Interwise					
7778	u	a	interwise	Interwise					
7779	t	a	vstat	VSTAT					
7779	u	a	vstat	VSTAT					
7780	tu	u		Unassigned					
7781	t	a	accu-lmgr	accu-lmgr					
7781	u	a	accu-lmgr	accu-lmgr					
7782-7783	tu	u		Unassigned					
7784	u	a	s-bfd	Seamless Bidirectional Forwarding Detection (S-BFD)	RFC7881			2014-12-24	2016-07-14
7784	t	r		Reserved					
7785	tu	u		Unassigned			Known Unauthorized Use on port 7785		
7786	t	a	minivend	MINIVEND			Known Unauthorized Use on port 7786		
7786	u	a	minivend	MINIVEND			Known Unauthorized Use on port 7786		
7787	t	a	popup-reminders	Popup Reminders Receive			Known Unauthorized Use on port 7787	2006-01	
7787	u	a	popup-reminders	Popup Reminders Receive			Known Unauthorized Use on port 7787	2006-01	
7788	tu	u		Unassigned			Known Unauthorized Use on port 7788		
7789	t	a	office-tools	Office Tools Pro Receive			Known Unauthorized Use on port 7789	2006-01	
7789	u	a	office-tools	Office Tools Pro Receive			Known Unauthorized Use on port 7789	2006-01	
7790-7793	tu	u		Unassigned					
7794	t	a	q3ade	Q3ADE Cluster Service				2005-08	
7794	u	a	q3ade	Q3ADE Cluster Service				2005-08	
7795-7796	tu	u		Unassigned					
7797	t	a	pnet-conn	Propel Connector port					
7797	u	a	pnet-conn	Propel Connector port					
7798	t	a	pnet-enc	Propel Encoder port				2002-04	
7798	u	a	pnet-enc	Propel Encoder port				2002-04	
7799	t	a	altbsdp	Alternate BSDP Service				2007-10-22	
7799	u	a	altbsdp	Alternate BSDP Service				2007-10-22	
7800	t	a	asr	Apple Software Restore		Defined TXT keys: image=<HTTP URL of disk image>		2006-01	
7800	u	a	asr	Apple Software Restore		Defined TXT keys: image=<HTTP URL of disk image>		2006-01	
7801	t	a	ssp-client	Secure Server Protocol - client				2006-11	
7801	u	a	ssp-client	Secure Server Protocol - client				2006-11	
7802	u	a	vns-tp	Virtualized Network Services Tunnel Protocol				2013-02-01	
7802	t	r		Reserved					
7803-7809	tu	u		Unassigned					
7810	t	a	rbt-wanopt	Riverbed WAN Optimization Protocol				2007-09-04	
7810	u	a	rbt-wanopt	Riverbed WAN Optimization Protocol				2007-09-04	
7811-7844	tu	u		Unassigned					
7845	t	a	apc-7845	APC 7845					
7845	u	a	apc-7845	APC 7845					
7846	t	a	apc-7846	APC 7846					
7846	u	a	apc-7846	APC 7846					
7847	t	a	csoauth	A product key authentication protocol made by CSO				2013-09-04	
7847	u	r		Reserved					
7848-7868	tu	u		Unassigned					
7869	t	a	mobileanalyzer	MobileAnalyzer& MobileMonitor				2009-04-27	
7869	u	r		Reserved					
7870	t	a	rbt-smc	Riverbed Steelhead Mobile Service				2008-08-29	
7870	u	r		Reserved					
7871	t	a	mdm	Mobile Device Management				2011-08-15	
7871	u	r		Reserved					
7872	t	r		Reserved					
7872	u	a	mipv6tls	TLS-based Mobile IPv6 Security	RFC6618			2012-04-12	
7873-7877	tu	u		Unassigned					
7878	t	a	owms	Opswise Message Service				2013-06-25	
7878	u	r		Reserved					
7879	tu	u		Unassigned					
7880	t	a	pss	Pearson				2008-01-17	
7880	u	a	pss	Pearson				2008-01-17	
7881-7886	tu	u		Unassigned					
7887	t	a	ubroker	Universal Broker				2005-10	
7887	u	a	ubroker	Universal Broker				2005-10	
7888-7899	tu	u		Unassigned					
7900	t	a	mevent	Multicast Event				2006-05	
7900	u	a	mevent	Multicast Event				2006-05	
7901	t	a	tnos-sp	TNOS Service Protocol				2005-08	
7901	u	a	tnos-sp	TNOS Service Protocol				2005-08	
7902	t	a	tnos-dp	TNOS shell Protocol				2005-08	
7902	u	a	tnos-dp	TNOS shell Protocol				2005-08	
7903	t	a	tnos-dps	TNOS Secure DiaguardProtocol				2005-08	
7903	u	a	tnos-dps	TNOS Secure DiaguardProtocol				2005-08	
7904-7912	tu	u		Unassigned					
7913	t	a	qo-secure	QuickObjects secure port					
7913	u	a	qo-secure	QuickObjects secure port					
7914-7931	tu	u		Unassigned					
7932	t	a	t2-drm	Tier 2 Data Resource Manager					
7932	u	a	t2-drm	Tier 2 Data Resource Manager					
7933	t	a	t2-brm	Tier 2 Business Rules Manager					
7933	u	a	t2-brm	Tier 2 Business Rules Manager					
7934-7961	tu	u		Unassigned					
7962	t	a	generalsync	Encrypted, extendable, general-purpose synchronization protocol				2014-04-17	
7962	u	a	generalsync	Encrypted, extendable, general-purpose synchronization protocol				2014-04-17	
7963-7966	tu	u		Unassigned					
7967	t	a	supercell	Supercell					
7967	u	a	supercell	Supercell					
7968-7978	tu	u		Unassigned					
7979	t	a	micromuse-ncps	Micromuse-ncps					
7979	u	a	micromuse-ncps	Micromuse-ncps					
7980	t	a	quest-vista	Quest Vista					
7980	u	a	quest-vista	Quest Vista					
7981	t	a	sossd-collect	Spotlight on SQL Server Desktop Collect				2010-08-30	
7981	u	r		Reserved					
7982	t	a	sossd-agent	Spotlight on SQL Server Desktop Agent				2010-09-13	
7982	u	a	sossd-disc	Spotlight on SQL Server Desktop Agent Discovery				2010-09-13	
7983-7997	tu	u		Unassigned					
7997	t	a	pushns	PUSH Notification Service				2011-01-31	
7997	u	r		Reserved					
7998	t	r		Reserved					
7998	u	a	usicontentpush	USI Content Push Service				2009-08-10	
7999	t	a	irdmi2	iRDMI2					
7999	u	a	irdmi2	iRDMI2					
8000	t	a	irdmi	iRDMI					
8000	u	a	irdmi	iRDMI					
8001	t	a	vcom-tunnel	VCOM Tunnel			Known Unauthorized Use on port 8001		
8001	u	a	vcom-tunnel	VCOM Tunnel			Known Unauthorized Use on port 8001		
8002	t	a	teradataordbms	Teradata ORDBMS					
8002	u	a	teradataordbms	Teradata ORDBMS					
8003	t	a	mcreport	Mulberry Connect Reporting Service				2008-03-10	
8003	u	a	mcreport	Mulberry Connect Reporting Service				2008-03-10	
8004	t	a	p2pevolvenet	Opensource Evolv Enterprise Platform P2P Network Node Connection Protocol				2018-01-16	
8004	u	r		Reserved					
8005	t	a	mxi	MXI Generation II for z/OS				2007-05	
8005	u	a	mxi	MXI Generation II for z/OS				2007-05	
8006	t	a	wpl-analytics	World Programming analytics				2017-04-04	
8006	u	a	wpl-disc	World Programming analytics discovery				2017-04-04	
8007	t	a	warppipe	I/O oriented cluster computing software				2017-07-19	
8007	u	a	warppipe	I/O oriented cluster computing software				2017-07-19	
8008	t	a	http-alt	HTTP Alternate					
8008	u	a	http-alt	HTTP Alternate					
8009	t	a	nvme-disc	NVMe over Fabrics Discovery Service				2018-03-27	
8009	u	r		Reserved					
8010	tu	r		Reserved			yes		2018-01-09
8011-8014	tu	u		Unassigned					
8015	t	a	cfg-cloud	Configuration Cloud Service				2019-01-09	
8015	u	r		Reserved					
8016	t	a	ads-s	Beckhoff Automation Device Specification				2019-02-28	
8016	u	r		Reserved					
8017	t	r		Reserved					
8017	u	a	cisco-cloudsec	Cisco Cloudsec Dataplane Port Number				2021-03-18	
8018	tu	u		Unassigned					
8019	t	a	qbdb	QB DB Dynamic Port				2008-02-15	
8019	u	a	qbdb	QB DB Dynamic Port				2008-02-15	
8020	t	a	intu-ec-svcdisc	Intuit Entitlement Service and Discovery				2005-05	
8020	u	a	intu-ec-svcdisc	Intuit Entitlement Service and Discovery				2005-05	
8021	t	a	intu-ec-client	Intuit Entitlement Client				2005-05	
8021	u	a	intu-ec-client	Intuit Entitlement Client				2005-05	
8022	t	a	oa-system	oa-system					
8022	u	a	oa-system	oa-system					
8023	t	a	arca-api	ARCATrust vault API				2018-07-05	
8023	u	a	arca-api	ARCATrust vault API				2018-07-05	
8024	tu	u		Unassigned					
8025	t	a	ca-audit-da	CA Audit Distribution Agent				2006-07	
8025	u	a	ca-audit-da	CA Audit Distribution Agent				2006-07	
8026	t	a	ca-audit-ds	CA Audit Distribution Server				2006-07	
8026	u	a	ca-audit-ds	CA Audit Distribution Server				2006-07	
8027	t	a	papachi-p2p-srv	peer tracker and data relay service				2020-09-18	
8027	u	a	papachi-p2p-srv	peer tracker and data relay service				2020-09-18	
8028-8031	tu	u		Unassigned					
8032	t	a	pro-ed	ProEd					
8032	u	a	pro-ed	ProEd					
8033	t	a	mindprint	MindPrint					
8033	u	a	mindprint	MindPrint					
8034	t	a	vantronix-mgmt	.vantronix Management				2008-02-27	
8034	u	a	vantronix-mgmt	.vantronix Management				2008-02-27	
8035-8039	tu	u		Unassigned					
8040	t	a	ampify	Ampify Messaging Protocol				2010-08-10	
8040	u	a	ampify	Ampify Messaging Protocol				2010-08-10	
8041	t	a	enguity-xccetp	Xcorpeon ASIC Carrier Ethernet Transport				2017-06-28	
8041	u	a	enguity-xccetp	Xcorpeon ASIC Carrier Ethernet Transport				2017-06-28	
8042	t	a	fs-agent	FireScope Agent				2008-10-16	
8042	u	r		Reserved					
8043	t	a	fs-server	FireScope Server				2008-10-16	
8043	u	r		Reserved					
8044	t	a	fs-mgmt	FireScope Management Interface				2008-10-16	
8044	u	r		Reserved					
8045-8050	tu	u		Unassigned					
8051	t	a	rocrail	Rocrail Client Service				2011-05-23	
8051	u	r		Reserved					
8052	t	a	senomix01	Senomix Timesheets Server				2006-07	
8052	u	a	senomix01	Senomix Timesheets Server				2006-07	
8053	t	a	senomix02	Senomix Timesheets Client [1 year assignment]				2006-07	
8053	u	a	senomix02	Senomix Timesheets Client [1 year assignment]				2006-07	
8054	t	a	senomix03	Senomix Timesheets Server [1 year assignment]				2006-07	
8054	u	a	senomix03	Senomix Timesheets Server [1 year assignment]				2006-07	
8055	t	a	senomix04	Senomix Timesheets Server [1 year assignment]				2006-07	
8055	u	a	senomix04	Senomix Timesheets Server [1 year assignment]				2006-07	
8056	t	a	senomix05	Senomix Timesheets Server [1 year assignment]				2006-07	
8056	u	a	senomix05	Senomix Timesheets Server [1 year assignment]				2006-07	
8057	t	a	senomix06	Senomix Timesheets Client [1 year assignment]				2006-07	
8057	u	a	senomix06	Senomix Timesheets Client [1 year assignment]				2006-07	
8058	t	a	senomix07	Senomix Timesheets Client [1 year assignment]				2006-07	
8058	u	a	senomix07	Senomix Timesheets Client [1 year assignment]				2006-07	
8059	t	a	senomix08	Senomix Timesheets Client [1 year assignment]				2006-07	
8059	u	a	senomix08	Senomix Timesheets Client [1 year assignment]				2006-07	
8060	t	r		Reserved					
8060	u	a	aero	Asymmetric Extended Route Optimization (AERO)	RFC6706				
8061	t	a	nikatron-dev	Nikatron Device Protocol				2023-09-07	
8061	u	r		Reserved					
8062-8065	tu	u		Unassigned					
8066	t	a	toad-bi-appsrvr	Toad BI Application Server				2013-04-19	
8066	u	r		Reserved					
8067	t	a	infi-async	Infinidat async replication				2015-05-01	
8067	u	r		Reserved					
8068-8069	tu	u		Unassigned					
8070	t	a	ucs-isc	Oracle Unified Communication Suite's Indexed Search Converter				2017-02-10	
8070	u	r		Reserved					
8071-8073	tu	u		Unassigned					
8074	t	a	gadugadu	Gadu-Gadu				2006-05	
8074	u	a	gadugadu	Gadu-Gadu				2006-05	
8075-8076	tu	u		Unassigned					
8077	t	r		Reserved		De-Assigned on 2024-01-05.			2024-01-05
8077	u	r		Reserved					
8078-8079	tu	u		Unassigned					
8080	t	a	http-alt	HTTP Alternate (see port 80)					
8080	u	a	http-alt	HTTP Alternate (see port 80)					
8081	t	a	sunproxyadmin	Sun Proxy Admin Service				2005-08	
8081	u	a	sunproxyadmin	Sun Proxy Admin Service				2005-08	
8082	t	a	us-cli	Utilistor (Client)				2005-08	
8082	u	a	us-cli	Utilistor (Client)				2005-08	
8083	t	a	us-srv	Utilistor (Server)				2005-08	
8083	u	a	us-srv	Utilistor (Server)				2005-08	
8084	t	a	websnp	Snarl Network Protocol over HTTP				2019-08-08	
8084	u	r		Reserved					
8085	tu	u		Unassigned					
8086	t	a	d-s-n	Distributed SCADA Networking Rendezvous Port				2008-02-27	
8086	u	a	d-s-n	Distributed SCADA Networking Rendezvous Port				2008-02-27	
8087	t	a	simplifymedia	Simplify Media SPP Protocol				2008-08-08	
8087	u	a	simplifymedia	Simplify Media SPP Protocol				2008-08-08	
8088	t	a	radan-http	Radan HTTP				2008-06-13	
8088	u	a	radan-http	Radan HTTP				2008-06-13	
8089	tu	u		Unassigned					
8090	t	a	opsmessaging	Vehicle to station messaging				2017-02-08	
8090	u	r		Reserved					
8091	t	a	jamlink	Jam Link Framework				2009-11-25	
8091	u	r		Reserved					
8092-8096	tu	u		Unassigned					
8097	t	a	sac	SAC Port Id				2006-04	
8097	u	a	sac	SAC Port Id				2006-04	
8098-8099	tu	u		Unassigned					
8100	t	a	xprint-server	Xprint Server					
8100	u	a	xprint-server	Xprint Server					
8101	t	a	ldoms-migr	Logical Domains Migration				2009-01-16	
8101	u	r		Reserved					
8102	t	a	kz-migr	Oracle Kernel zones migration server				2013-12-24	
8102	u	r		Reserved					
8103-8110	tu	u		Unassigned					
8111	t	r		Reserved					
8111	u	a	skynetflow	Skynetflow network services				2019-05-28	
8112-8114	tu	u		Unassigned					
8115	t	a	mtl8000-matrix	MTL8000 Matrix				2002-04	
8115	u	a	mtl8000-matrix	MTL8000 Matrix				2002-04	
8116	t	a	cp-cluster	Check Point Clustering					
8116	u	a	cp-cluster	Check Point Clustering					
8117	t	a	purityrpc	Purity replication clustering and remote management				2013-08-13	
8117	u	r		Reserved					
8118	t	a	privoxy	Privoxy HTTP proxy				2002-06	
8118	u	a	privoxy	Privoxy HTTP proxy				2002-06	
8119-8120	tu	u		Unassigned					
8121	t	a	apollo-data	Apollo Data Port				2003-08	
8121	u	a	apollo-data	Apollo Data Port				2003-08	
8122	t	a	apollo-admin	Apollo Admin Port				2003-08	
8122	u	a	apollo-admin	Apollo Admin Port				2003-08	
8123-8127	tu	u		Unassigned					
8128	t	a	paycash-online	PayCash Online Protocol				2005-08	
8128	u	a	paycash-online	PayCash Online Protocol				2005-08	
8129	t	a	paycash-wbp	PayCash Wallet-Browser				2005-08	
8129	u	a	paycash-wbp	PayCash Wallet-Browser				2005-08	
8130	t	a	indigo-vrmi	INDIGO-VRMI					
8130	u	a	indigo-vrmi	INDIGO-VRMI					
8131	t	a	indigo-vbcp	INDIGO-VBCP					
8131	u	a	indigo-vbcp	INDIGO-VBCP					
8132	t	a	dbabble	dbabble					
8132	u	a	dbabble	dbabble					
8133-8139	tu	u		Unassigned					
8140	t	a	puppet	The Puppet master service				2014-09-18	
8140	u	r		Reserved					
8141-8147	tu	u		Unassigned					
8148	t	a	isdd	i-SDD file transfer				2004-11	
8148	u	a	isdd	i-SDD file transfer				2004-11	
8149	t	r		Reserved					
8149	u	a	eor-game	Edge of Reality game data				2011-05-09	
8150-8152	tu	u		Unassigned					
8153	t	a	quantastor	QuantaStor Management Interface				2012-09-21	
8153	u	r		Reserved					
8154-8159	tu	u		Unassigned					
8160	t	a	patrol	Patrol					
8160	u	a	patrol	Patrol					
8161	t	a	patrol-snmp	Patrol SNMP					
8161	u	a	patrol-snmp	Patrol SNMP					
8162	t	a	lpar2rrd	LPAR2RRD client server communication				2013-08-14	
8162	u	r		Reserved					
8163-8180	tu	u		Unassigned					
8181	t	a	intermapper	Intermapper network management system				2011-05-09	
8181	u	r		Reserved					
8182	t	a	vmware-fdm	VMware Fault Domain Manager				2010-04-27	
8182	u	a	vmware-fdm	VMware Fault Domain Manager				2010-04-27	
8183	t	a	proremote	ProRemote				2009-08-18	
8183	u	r		Reserved					
8184	t	a	itach	Remote iTach Connection				2010-04-27	
8184	u	a	itach	Remote iTach Connection				2010-04-27	
8185-8189	tu	u		Unassigned					
8190	t	a	gcp-rphy	Generic control plane for RPHY				2015-11-24	
8190	u	r		Reserved					
8191	t	a	limnerpressure	Limner Pressure				2014-01-16	
8191	u	r		Reserved					
8192	t	a	spytechphone	SpyTech Phone Service				2006-04	
8192	u	a	spytechphone	SpyTech Phone Service				2006-04	
8193	tu	u		Unassigned					
8194	t	a	blp1	Bloomberg data API				2006-05	
8194	u	a	blp1	Bloomberg data API				2006-05	
8195	t	a	blp2	Bloomberg feed				2006-05	
8195	u	a	blp2	Bloomberg feed				2006-05	
8196-8198	tu	u		Unassigned					
8199	t	a	vvr-data	VVR DATA					
8199	u	a	vvr-data	VVR DATA					
8200	t	a	trivnet1	TRIVNET					
8200	u	a	trivnet1	TRIVNET					
8201	t	a	trivnet2	TRIVNET					
8201	u	a	trivnet2	TRIVNET					
8202	t	r		Reserved					
8202	u	a	aesop	Audio+Ethernet Standard Open Protocol				2012-01-03	
8203	tu	u		Unassigned					
8204	t	a	lm-perfworks	LM Perfworks					
8204	u	a	lm-perfworks	LM Perfworks					
8205	t	a	lm-instmgr	LM Instmgr					
8205	u	a	lm-instmgr	LM Instmgr					
8206	t	a	lm-dta	LM Dta					
8206	u	a	lm-dta	LM Dta					
8207	t	a	lm-sserver	LM SServer					
8207	u	a	lm-sserver	LM SServer					
8208	t	a	lm-webwatcher	LM Webwatcher					
8208	u	a	lm-webwatcher	LM Webwatcher					
8209-8210	tu	u		Unassigned					
8211	t	r		Reserved					
8211	u	a	aruba-papi	Aruba Networks AP management				2018-10-04	
8212-8229	tu	u		Unassigned					
8230	t	a	rexecj	RexecJ Server				2004-11	
8230	u	a	rexecj	RexecJ Server				2004-11	
8231	t	r		Reserved					
8231	u	a	hncp-udp-port	HNCP	RFC7788			2016-01-13	
8232	t	r		Reserved					
8232	u	a	hncp-dtls-port	HNCP over DTLS	RFC7788			2016-01-13	
8233-8242	tu	u		Unassigned					
8243	t	a	synapse-nhttps	Synapse Non Blocking HTTPS				2008-07-10	
8243	u	a	synapse-nhttps	Synapse Non Blocking HTTPS				2008-07-10	
8244-8265	tu	u		Unassigned					
8266	t	r		Reserved					
8266	u	a	espeasy-p2p	ESPeasy peer-2-peer communication				2018-11-28	
8267-8269	tu	u		Unassigned					
8270	t	a	robot-remote	Robot Framework Remote Library Interface				2017-01-26	
8270	u	r		Reserved					
8271-8275	tu	u		Unassigned					
8276	t	a	ms-mcc	Microsoft Connected Cache				2008-02-27	2022-05-03
8276	u	a	ms-mcc	Microsoft Connected Cache				2008-02-27	2022-05-03
8277-8279	tu	u		Unassigned					
8280	t	a	synapse-nhttp	Synapse Non Blocking HTTP				2008-06-05	
8280	u	a	synapse-nhttp	Synapse Non Blocking HTTP				2008-06-05	
8281	tu	u		Unassigned					
8282	t	a	libelle	Libelle EnterpriseBus				2016-02-17	
8282	u	a	libelle-disc	Libelle EnterpriseBus discovery				2016-02-17	
8282	s	r		Reserved					
8282	d	r		Reserved					
8283-8291	tu	u		Unassigned					
8292	t	a	blp3	Bloomberg professional				2006-05	
8292	u	a	blp3	Bloomberg professional				2006-05	
8293	t	a	hiperscan-id	Hiperscan Identification Service				2009-12-15	
8293	u	r		Reserved					
8294	t	a	blp4	Bloomberg intelligent client				2006-05	
8294	u	a	blp4	Bloomberg intelligent client				2006-05	
8295-8299	tu	u		Unassigned					
8300	t	a	tmi	Transport Management Interface				2006-11	
8300	u	a	tmi	Transport Management Interface				2006-11	
8301	t	a	amberon	Amberon PPC/PPS				2006-03	
8301	u	a	amberon	Amberon PPC/PPS				2006-03	
8302-8312	tu	u		Unassigned					
8313	t	a	hub-open-net	Hub Open Network		Defined TXT keys: _hub._tcp.host.example.com		2012-06-13	
8313	u	r		Reserved					
8314-8319	tu	u		Unassigned					
8320	t	a	tnp-discover	Thin(ium) Network Protocol				2007-08-07	
8320	u	a	tnp-discover	Thin(ium) Network Protocol				2007-08-07	
8321	t	a	tnp	Thin(ium) Network Protocol				2007-08-07	
8321	u	a	tnp	Thin(ium) Network Protocol				2007-08-07	
8322	t	a	garmin-marine	Garmin Marine				2015-07-23	
8322	u	a	garmin-marine	Garmin Marine				2015-07-23	
8323-8350	tu	u		Unassigned					
8351	t	a	server-find	Server Find					
8351	u	a	server-find	Server Find					
8352-8375	tu	u		Unassigned					
8376	t	a	cruise-enum	Cruise ENUM					
8376	u	a	cruise-enum	Cruise ENUM					
8377	t	a	cruise-swroute	Cruise SWROUTE					
8377	u	a	cruise-swroute	Cruise SWROUTE					
8378	t	a	cruise-config	Cruise CONFIG					
8378	u	a	cruise-config	Cruise CONFIG					
8379	t	a	cruise-diags	Cruise DIAGS					
8379	u	a	cruise-diags	Cruise DIAGS					
8380	t	a	cruise-update	Cruise UPDATE					
8380	u	a	cruise-update	Cruise UPDATE					
8381-8382	tu	u		Unassigned					
8383	t	a	m2mservices	M2m Services				2004-11	
8383	u	a	m2mservices	M2m Services				2004-11	
8384	u	a	marathontp	Marathon Transport Protocol				2015-06-11	
8384	t	r		Reserved					
8385-8399	tu	u		Unassigned					
8400	t	a	cvd	cvd					
8400	u	a	cvd	cvd					
8401	t	a	sabarsd	sabarsd					
8401	u	a	sabarsd	sabarsd					
8402	t	a	abarsd	abarsd					
8402	u	a	abarsd	abarsd					
8403	t	a	admind	admind					
8403	u	a	admind	admind					
8404	t	a	svcloud	SuperVault Cloud				2009-09-14	2011-08-01
8404	u	r		Reserved					
8405	t	a	svbackup	SuperVault Backup				2009-09-14	2011-08-01
8405	u	r		Reserved					
8406-8414	tu	u		Unassigned					
8415	t	a	dlpx-sp	Delphix Session Protocol				2012-11-01	
8415	u	r		Reserved					
8416	t	a	espeech	eSpeech Session Protocol				2002-11	
8416	u	a	espeech	eSpeech Session Protocol				2002-11	
8417	t	a	espeech-rtp	eSpeech RTP Protocol				2003-04	
8417	u	a	espeech-rtp	eSpeech RTP Protocol				2003-04	
8418-8422	tu	u		Unassigned					
8423	t	a	aritts	Aristech text-to-speech server				2017-03-30	2022-02-22
8423	u	r		Reserved					
8424-8431	tu	u		Unassigned					
8432	t	a	pgbackrest	PostgreSQL Backup				2022-01-26	
8432	u	r		Reserved					
8433	t	r		Reserved					
8433	u	a	aws-as2	Non Persistent Desktop and Application Streaming				2022-11-07	
8434-8441	tu	u		Unassigned					
8442	t	a	cybro-a-bus	CyBro A-bus Protocol				2007-05	
8442	u	a	cybro-a-bus	CyBro A-bus Protocol				2007-05	
8443	t	a	pcsync-https	PCsync HTTPS					
8443	u	a	pcsync-https	PCsync HTTPS					
8444	t	a	pcsync-http	PCsync HTTP					
8444	u	a	pcsync-http	PCsync HTTP					
8445	t	a	copy	Port for copy peer sync feature				2012-09-19	
8445	u	a	copy-disc	Port for copy discovery				2012-09-19	
8446-8447	tu	u		Unassigned					
8448	t	a	matrix-fed	Matrix Federation Protocol				2023-08-04	
8448	u	r		Reserved					
8449	tu	u		Unassigned					
8450	t	a	npmp	npmp					
8450	u	a	npmp	npmp					
8451-8456	tu	u		Unassigned					
8457	t	a	nexentamv	Nexenta Management GUI				2012-12-07	
8457	u	r		Reserved					
8458-8469	tu	u		Unassigned					
8470	t	a	cisco-avp	Cisco Address Validation Protocol				2009-02-13	
8470	u	r		Reserved					
8471	t	a	pim-port	PIM over Reliable Transport	RFC6559			2008-08-21	
8471	s	a	pim-port	PIM over Reliable Transport	RFC6559			2008-08-21	
8471	u	r		Reserved					
8472	t	a	otv	Overlay Transport Virtualization (OTV)				2008-01-07	
8472	u	a	otv	Overlay Transport Virtualization (OTV)				2008-01-07	
8473	t	a	vp2p	Virtual Point to Point					
8473	u	a	vp2p	Virtual Point to Point					
8474	t	a	noteshare	AquaMinds NoteShare				2005-10	
8474	u	a	noteshare	AquaMinds NoteShare				2005-10	
8475-8499	tu	u		Unassigned					
8500	t	a	fmtp	Flight Message Transfer Protocol				2003-12	
8500	u	a	fmtp	Flight Message Transfer Protocol				2003-12	
8501	t	a	cmtp-mgt	CYTEL Message Transfer Management					
8501	u	a	cmtp-av	CYTEL Message Transfer Audio and Video				2011-04-29	
8502	t	a	ftnmtp	FTN Message Transfer Protocol				2014-01-07	
8502	u	r		Reserved					
8503	u	a	lsp-self-ping	MPLS LSP Self-Ping	RFC7746			2015-06-11	2016-02-01
8503	t	r		Reserved					
8504-8553	tu	u		Unassigned					
8554	t	a	rtsp-alt	RTSP Alternate (see port 554)					
8554	u	a	rtsp-alt	RTSP Alternate (see port 554)					
8555	t	a	d-fence	SYMAX D-FENCE				2003-01	
8555	u	a	d-fence	SYMAX D-FENCE				2003-01	
8556-8566	tu	u		Unassigned					
8567	t	a	dof-tunnel	DOF Tunneling Protocol				2005-08	2015-04-23
8567	u	a	dof-tunnel	DOF Tunneling Protocol				2005-08	2015-04-23
8568-8599	tu	u		Unassigned					
8600	t	a	asterix	Surveillance Data				2005-11	
8600	u	a	asterix	Surveillance Data				2005-11	
8601-8608	tu	u		Unassigned					
8609	t	r		Reserved					
8609	u	a	canon-cpp-disc	Canon Compact Printer Protocol Discovery				2012-06-08	2012-06-15
8610	t	a	canon-mfnp	Canon MFNP Service				2009-05-04	
8610	u	a	canon-mfnp	Canon MFNP Service				2009-05-04	
8611	t	a	canon-bjnp1	Canon BJNP Port 1				2003-11	
8611	u	a	canon-bjnp1	Canon BJNP Port 1				2003-11	
8612	t	a	canon-bjnp2	Canon BJNP Port 2				2003-11	
8612	u	a	canon-bjnp2	Canon BJNP Port 2				2003-11	
8613	t	a	canon-bjnp3	Canon BJNP Port 3				2003-11	
8613	u	a	canon-bjnp3	Canon BJNP Port 3				2003-11	
8614	t	a	canon-bjnp4	Canon BJNP Port 4				2003-11	
8614	u	a	canon-bjnp4	Canon BJNP Port 4				2003-11	
8615	t	a	imink	Imink Service Control				2011-10-10	
8615	u	r		Reserved					
8616-8664	tu	u		Unassigned			Unauthorized Use Known on ports 8616 and 8617		
8665	t	a	monetra	Monetra				2013-04-02	
8665	u	r		Reserved					
8666	t	a	monetra-admin	Monetra Administrative Access				2013-04-02	
8666	u	r		Reserved					
8667	tu	u		Unassigned					
8668	t	a	spartan	Spartan management				2023-10-26	
8668	u	r		Reserved					
8669-8674	tu	u		Unassigned					
8675	t	a	msi-cps-rm	Motorola Solutions Customer Programming Software for Radio Management				2012-03-14	
8675	u	a	msi-cps-rm-disc	Motorola Solutions Customer Programming Software for Radio Management Discovery				2012-03-14	
8676-8685	tu	u		Unassigned					
8686	t	a	sun-as-jmxrmi	Sun App Server - JMX/RMI				2005-11	
8686	u	a	sun-as-jmxrmi	Sun App Server - JMX/RMI				2005-11	
8687	tu	u		Unassigned					
8688	t	a	openremote-ctrl	OpenRemote Controller HTTP/REST				2012-12-18	
8688	u	r		Reserved					
8689-8698	tu	u		Unassigned					
8699	t	a	vnyx	VNYX Primary Port				2004-11	
8699	u	r		Reserved		This entry is being removed on 2013-05-24.		2004-11	2013-05-24
8700-8709	tu	u		Unassigned					
8710	t	a	semi-grpc	gRPC for SEMI Standards implementations				2020-01-10	
8710	u	r		Reserved					
8711	t	a	nvc	Nuance Voice Control				2012-10-05	
8711	u	r		Reserved					
8712-8731	tu	u		Unassigned					
8732	t	r		Reserved					
8732	u	a	dtp-net	DASGIP Net Services				2009-03-23	
8733	t	a	ibus	iBus					
8733	u	a	ibus	iBus					
8734-8749	tu	u		Unassigned					
8750	t	a	dey-keyneg	DEY Storage Key Negotiation				2013-03-01	
8750	u	r		Reserved					
8751-8762	tu	u		Unassigned					
8763	t	a	mc-appserver	MC-APPSERVER					
8763	u	a	mc-appserver	MC-APPSERVER					
8764	t	a	openqueue	OPENQUEUE					
8764	u	a	openqueue	OPENQUEUE					
8765	t	a	ultraseek-http	Ultraseek HTTP					
8765	u	a	ultraseek-http	Ultraseek HTTP					
8766	t	a	amcs	Agilent Connectivity Service				2013-01-16	2016-09-12
8766	u	a	amcs	Agilent Connectivity Service				2013-01-16	2016-09-12
8767	t	a	core-of-source	Online mobile multiplayer game				2019-07-24	
8767	u	r		Reserved					
8768	t	a	sandpolis	Sandpolis Server				2019-11-22	
8768	u	r		Reserved					
8769	t	a	oktaauthenticat	Okta MultiPlatform Access Mgmt for Cloud Svcs				2019-12-19	
8769	u	r		Reserved					
8770	t	a	dpap	Digital Photo Access Protocol (iPhoto)		Defined TXT keys: txtvers, Version, iPSh Version, Machine ID, Machine Name, Password		2004-11	
8770	u	a	dpap	Digital Photo Access Protocol (iPhoto)		Defined TXT keys: txtvers, Version, iPSh Version, Machine ID, Machine Name, Password		2004-11	
8771-8777	tu	u		Unassigned					
8778	t	a	uec	Stonebranch Universal Enterprise Controller				2013-06-25	
8778	u	r		Reserved					
8779-8785	tu	u		Unassigned					
8786	t	a	msgclnt	Message Client				2003-03	
8786	u	a	msgclnt	Message Client				2003-03	
8787	t	a	msgsrvr	Message Server				2003-03	
8787	u	a	msgsrvr	Message Server				2003-03	
8788-8792	tu	u		Unassigned					
8793	t	a	acd-pm	Accedian Performance Measurement					
8793	u	a	acd-pm	Accedian Performance Measurement					
8794-8799	tu	u		Unassigned					
8800	t	a	sunwebadmin	Sun Web Server Admin Service				2005-12	
8800	u	a	sunwebadmin	Sun Web Server Admin Service				2005-12	
8801-8803	tu	u		Unassigned			Known UNAUTHORIZED USE: Port 8801		
8804	t	a	truecm	truecm					
8804	u	a	truecm	truecm					
8805	t	r		Reserved					
8805	u	a	pfcp	Destination Port number for PFCP				2017-05-08	
8806	tu	u		Unassigned					
8807	t	r		Reserved					
8807	u	a	hes-clip	HES-CLIP Interoperability protocol				2018-09-07	
8808	t	r		Reserved					
8808	u	a	ssports-bcast	STATSports Broadcast Service				2016-12-22	
8809	t	r		Reserved					
8809	u	a	3gpp-monp	MCPTT Off-Network Protocol (MONP)				2019-04-15	
8810-8872	tu	u		Unassigned					
8873	t	a	dxspider	dxspider linking protocol				2005-08	
8873	u	a	dxspider	dxspider linking protocol				2005-08	
8874-8879	tu	u		Unassigned					
8880	t	a	cddbp-alt	CDDBP					
8880	u	a	cddbp-alt	CDDBP					
8881	t	a	galaxy4d	Galaxy4D Online Game Engine				2012-06-18	
8881	u	r		Reserved					
8882	tu	u		Unassigned			Unauthorized Use Known on port 8882		
8883	t	a	secure-mqtt	Secure MQTT				2008-02-27	2015-03-06
8883	u	a	secure-mqtt	Secure MQTT				2008-02-27	2015-03-06
8884-8887	tu	u		Unassigned					
8888	t	a	ddi-tcp-1	NewsEDGE server TCP (TCP 1)			Known Unauthorized Use on port 8888		
8888	u	a	ddi-udp-1	NewsEDGE server UDP (UDP 1)			Known Unauthorized Use on port 8888		
8889	t	a	ddi-tcp-2	Desktop Data TCP 1			Known Unauthorized Use on port 8889		
8889	u	a	ddi-udp-2	NewsEDGE server broadcast			Known Unauthorized Use on port 8889		
8890	t	a	ddi-tcp-3	Desktop Data TCP 2			Known Unauthorized Use on port 8890		
8890	u	a	ddi-udp-3	NewsEDGE client broadcast			Known Unauthorized Use on port 8890		
8891	t	a	ddi-tcp-4	Desktop Data TCP 3: NESS application					
8891	u	a	ddi-udp-4	Desktop Data UDP 3: NESS application					
8892	t	a	ddi-tcp-5	Desktop Data TCP 4: FARM product					
8892	u	a	ddi-udp-5	Desktop Data UDP 4: FARM product					
8893	t	a	ddi-tcp-6	Desktop Data TCP 5: NewsEDGE/Web application					
8893	u	a	ddi-udp-6	Desktop Data UDP 5: NewsEDGE/Web application					
8894	t	a	ddi-tcp-7	Desktop Data TCP 6: COAL application					
8894	u	a	ddi-udp-7	Desktop Data UDP 6: COAL application					
8895-8898	tu	u		Unassigned					
8899	t	a	ospf-lite	ospf-lite				2008-01-07	
8899	u	a	ospf-lite	ospf-lite				2008-01-07	
8900	t	a	jmb-cds1	JMB-CDS 1					
8900	u	a	jmb-cds1	JMB-CDS 1					
8901	t	a	jmb-cds2	JMB-CDS 2					
8901	u	a	jmb-cds2	JMB-CDS 2					
8902-8907	tu	u		Unassigned					
8908	t	a	dpp	WFA Device Provisioning Protocol				2020-10-19	
8908	u	r		Reserved					
8909	tu	u		Unassigned					
8910	t	a	manyone-http	manyone-http				2002-04	
8910	u	a	manyone-http	manyone-http				2002-04	
8911	t	a	manyone-xml	manyone-xml				2002-04	
8911	u	a	manyone-xml	manyone-xml				2002-04	
8912	t	a	wcbackup	Windows Client Backup				2005-11	
8912	u	a	wcbackup	Windows Client Backup				2005-11	
8913	t	a	dragonfly	Dragonfly System Service				2005-11	
8913	u	a	dragonfly	Dragonfly System Service				2005-11	
8914-8936	tu	u		Unassigned					
8937	t	a	twds	Transaction Warehouse Data Service				2009-09-18	
8937	u	r		Reserved					
8938-8952	tu	u		Unassigned					
8953	t	a	ub-dns-control	unbound dns nameserver control				2011-05-10	2011-07-11
8953	u	r		Reserved					
8954	t	a	cumulus-admin	Cumulus Admin Port					
8954	u	a	cumulus-admin	Cumulus Admin Port					
8955-8979	tu	u		Unassigned					
8980	t	a	nod-provider	Network of Devices Provider				2015-02-22	
8980	u	a	nod-provider	Network of Devices Provider				2015-02-22	
8981	u	a	nod-client	Network of Devices Client				2015-02-22	
8981	t	r		Reserved					
8982-8988	tu	u		Unassigned					
8989	t	a	sunwebadmins	Sun Web Server SSL Admin Service				2005-12	
8989	u	a	sunwebadmins	Sun Web Server SSL Admin Service				2005-12	
8990	t	a	http-wmap	webmail HTTP service				2007-12-03	
8990	u	a	http-wmap	webmail HTTP service				2007-12-03	
8991	t	a	https-wmap	webmail HTTPS service				2007-12-03	
8991	u	a	https-wmap	webmail HTTPS service				2007-12-03	
8992-8996	tu	u		Unassigned					
8997	t	a	oracle-ms-ens	Oracle Messaging Server Event Notification Service				2014-10-28	
8997	u	r		Reserved					
8998	t	a	canto-roboflow	Canto RoboFlow Control				2014-02-26	
8998	u	r		Reserved					
8999	t	a	bctp	Brodos Crypto Trade Protocol				2002-02	
8999	u	a	bctp	Brodos Crypto Trade Protocol				2002-02	
9000	t	a	cslistener	CSlistener					
9000	u	a	cslistener	CSlistener					
9001	t	a	etlservicemgr	ETL Service Manager			Known Unauthorized Use on port 9001	2002-03	
9001	u	a	etlservicemgr	ETL Service Manager			Known Unauthorized Use on port 9001	2002-03	
9002	t	a	dynamid	DynamID authentication				2002-03	
9002	u	a	dynamid	DynamID authentication				2002-03	
9003-9004	tu	u		Unassigned					
9005	t	a	golem	Golem Inter-System RPC				2015-03-09	
9005	u	r		Reserved					
9006	tu	u		De-Commissioned Port				2000-02-24	
9007	t	r		Reserved					
9007	u	a	ogs-client	Open Grid Services Client				2008-08-22	
9008	t	a	ogs-server	Open Grid Services Server				2008-08-22	
9008	u	r		Reserved					
9009	t	a	pichat	Pichat Server				2004-11	
9009	u	a	pichat	Pichat Server				2004-11	
9010	t	a	sdr	Secure Data Replicator Protocol				2008-06-27	
9010	u	r		Reserved					
9011	t	r		Reserved					
9011	u	a	d-star	D-Star Routing digital voice+data for amateur radio				2018-03-16	
9012-9019	tu	u		Unassigned					
9020	t	a	tambora	TAMBORA				2002-03	
9020	u	a	tambora	TAMBORA				2002-03	
9021	t	a	panagolin-ident	Pangolin Identification				2002-03	
9021	u	a	panagolin-ident	Pangolin Identification				2002-03	
9022	t	a	paragent	PrivateArk Remote Agent				2002-03	
9022	u	a	paragent	PrivateArk Remote Agent				2002-03	
9023	t	a	swa-1	Secure Web Access - 1					
9023	u	a	swa-1	Secure Web Access - 1					
9024	t	a	swa-2	Secure Web Access - 2					
9024	u	a	swa-2	Secure Web Access - 2					
9025	t	a	swa-3	Secure Web Access - 3					
9025	u	a	swa-3	Secure Web Access - 3					
9026	t	a	swa-4	Secure Web Access - 4					
9026	u	a	swa-4	Secure Web Access - 4					
9027-9049	tu	u		Unassigned					
9050	t	a	versiera	Versiera Agent Listener				2010-01-15	
9050	u	r		Reserved					
9051	t	a	fio-cmgmt	Fusion-io Central Manager Service				2010-01-15	
9051	u	r		Reserved					
9052-9059	tu	u		Unassigned					
9060	t	a	CardWeb-IO	CardWeb request-response I/O exchange				2016-10-07	
9060	u	a	CardWeb-RT	CardWeb realtime device data				2016-10-07	
9061-9079	tu	u		Unassigned					
9080	t	a	glrpc	Groove GLRPC				2002-09	
9080	u	a	glrpc	Groove GLRPC				2002-09	
9081	t	r		Reserved					
9081	u	a	cisco-aqos	Required for Adaptive Quality of Service				2017-10-27	
9082	s	a	lcs-ap	LCS Application Protocol				2010-06-04	
9083	t	a	emc-pp-mgmtsvc	EMC PowerPath Mgmt Service				2010-06-04	
9083	u	r		Reserved					
9084	t	a	aurora	IBM AURORA Performance Visualizer				2008-08-21	
9084	u	a	aurora	IBM AURORA Performance Visualizer				2008-08-21	
9084	s	a	aurora	IBM AURORA Performance Visualizer				2008-08-21	
9085	t	a	ibm-rsyscon	IBM Remote System Console				2008-06-18	
9085	u	a	ibm-rsyscon	IBM Remote System Console				2008-06-18	
9086	t	a	net2display	Vesa Net2Display				2008-01-07	
9086	u	a	net2display	Vesa Net2Display				2008-01-07	
9087	t	a	classic	Classic Data Server				2007-01	
9087	u	a	classic	Classic Data Server				2007-01	
9088	t	a	sqlexec	IBM Informix SQL Interface				2005-12	
9088	u	a	sqlexec	IBM Informix SQL Interface				2005-12	
9089	t	a	sqlexec-ssl	IBM Informix SQL Interface - Encrypted				2005-12	
9089	u	a	sqlexec-ssl	IBM Informix SQL Interface - Encrypted				2005-12	
9090	t	a	websm	WebSM					
9090	u	a	websm	WebSM					
9091	t	a	xmltec-xmlmail	xmltec-xmlmail					
9091	u	a	xmltec-xmlmail	xmltec-xmlmail					
9092	t	a	XmlIpcRegSvc	Xml-Ipc Server Reg				2006-01	
9092	u	a	XmlIpcRegSvc	Xml-Ipc Server Reg				2006-01	
9093	t	a	copycat	Copycat database replication service				2012-03-15	
9093	u	r		Reserved					
9094-9099	tu	u		Unassigned					
9100	t	a	hp-pdl-datastr	PDL Data Streaming Port				2002-04	
9100	u	a	hp-pdl-datastr	PDL Data Streaming Port				2002-04	
9100	t	a	pdl-datastream	Printer PDL Data Stream		The protocol name "pdl-datastream" is primarily registered for use\nin DNS SRV records (RFC 2782). DNS SRV records allow a protocol to run on\nany port number, but the default port for this protocol is 9100.		2002-09	
9100	u	a	pdl-datastream	Printer PDL Data Stream		The protocol name "pdl-datastream" is primarily registered for use\nin DNS SRV records (RFC 2782). DNS SRV records allow a protocol to run on\nany port number, but the default port for this protocol is 9100.		2002-09	
9101	t	a	bacula-dir	Bacula Director				2002-01	
9101	u	a	bacula-dir	Bacula Director				2002-01	
9102	t	a	bacula-fd	Bacula File Daemon				2002-01	
9102	u	a	bacula-fd	Bacula File Daemon				2002-01	
9103	t	a	bacula-sd	Bacula Storage Daemon				2002-01	
9103	u	a	bacula-sd	Bacula Storage Daemon				2002-01	
9104	t	a	peerwire	PeerWire				2004-02	
9104	u	a	peerwire	PeerWire				2004-02	
9105	t	a	xadmin	Xadmin Control Service	Ari√´n Huisken <xadmin&huisken-systems.nl> 15 June 2009				
9105	u	a	xadmin	Xadmin Control Service	Ari√´n Huisken <xadmin&huisken-systems.nl> 15 June 2009				
9106	t	a	astergate	Astergate Control Service				2010-01-04	
9106	u	a	astergate-disc	Astergate Discovery Service				2010-01-04	
9107	t	a	astergatefax	AstergateFax Control Service				2010-02-03	
9107	u	r		Reserved					
9108-9110	tu	u		Unassigned					
9111	t	a	hexxorecore	Multiple Purpose, Distributed Message Bus				2018-07-31	
9111	u	a	hexxorecore	Multiple Purpose, Distributed Message Bus				2018-07-31	
9112-9118	tu	u		Unassigned					
9119	t	a	mxit	MXit Instant Messaging				2006-02	
9119	u	a	mxit	MXit Instant Messaging				2006-02	
9120-9121	tu	u		Unassigned					
9122	t	a	grcmp	Global Relay compliant mobile instant messaging protocol				2012-11-28	
9122	u	r		Reserved					
9123	t	a	grcp	Global Relay compliant instant messaging protocol				2012-11-28	
9123	u	r		Reserved					
9124-9130	tu	u		Unassigned					
9131	t	a	dddp	Dynamic Device Discovery				2005-08	
9131	u	a	dddp	Dynamic Device Discovery				2005-08	
9132-9159	tu	u		Unassigned					
9160	t	a	apani1	apani1					
9160	u	a	apani1	apani1					
9161	t	a	apani2	apani2					
9161	u	a	apani2	apani2					
9162	t	a	apani3	apani3					
9162	u	a	apani3	apani3					
9163	t	a	apani4	apani4					
9163	u	a	apani4	apani4					
9164	t	a	apani5	apani5					
9164	u	a	apani5	apani5					
9165-9190	tu	u		Unassigned					
9191	t	a	sun-as-jpda	Sun AppSvr JPDA				2005-11	
9191	u	a	sun-as-jpda	Sun AppSvr JPDA				2005-11	
9192-9199	tu	u		Unassigned					
9200	t	a	wap-wsp	WAP connectionless session service					
9200	u	a	wap-wsp	WAP connectionless session service					
9201	t	a	wap-wsp-wtp	WAP session service					
9201	u	a	wap-wsp-wtp	WAP session service					
9202	t	a	wap-wsp-s	WAP secure connectionless session service					
9202	u	a	wap-wsp-s	WAP secure connectionless session service					
9203	t	a	wap-wsp-wtp-s	WAP secure session service					
9203	u	a	wap-wsp-wtp-s	WAP secure session service					
9204	t	a	wap-vcard	WAP vCard					
9204	u	a	wap-vcard	WAP vCard					
9205	t	a	wap-vcal	WAP vCal					
9205	u	a	wap-vcal	WAP vCal					
9206	t	a	wap-vcard-s	WAP vCard Secure					
9206	u	a	wap-vcard-s	WAP vCard Secure					
9207	t	a	wap-vcal-s	WAP vCal Secure					
9207	u	a	wap-vcal-s	WAP vCal Secure					
9208	t	a	rjcdb-vcards	rjcdb vCard				2006-01	
9208	u	a	rjcdb-vcards	rjcdb vCard				2006-01	
9209	t	a	almobile-system	ALMobile System Service				2006-01	
9209	u	a	almobile-system	ALMobile System Service				2006-01	
9210	t	a	oma-mlp	OMA Mobile Location Protocol				2002-04	
9210	u	a	oma-mlp	OMA Mobile Location Protocol				2002-04	
9211	t	a	oma-mlp-s	OMA Mobile Location Protocol Secure				2002-04	
9211	u	a	oma-mlp-s	OMA Mobile Location Protocol Secure				2002-04	
9212	t	a	serverviewdbms	Server View dbms access				2009-05-15	
9212	u	a	serverviewdbms	Server View dbms access				2009-05-15	
9213	t	a	serverstart	ServerStart RemoteControl				2009-05-15	
9213	u	a	serverstart	ServerStart RemoteControl				2009-05-15	
9214	t	a	ipdcesgbs	IPDC ESG BootstrapService				2006-02	
9214	u	a	ipdcesgbs	IPDC ESG BootstrapService				2006-02	
9215	t	a	insis	Integrated Setup and Install Service				2006-02	
9215	u	a	insis	Integrated Setup and Install Service				2006-02	
9216	t	a	acme	Aionex Communication Management Engine				2006-04	
9216	u	a	acme	Aionex Communication Management Engine				2006-04	
9217	t	a	fsc-port	FSC Communication Port				2002-03	
9217	u	a	fsc-port	FSC Communication Port				2002-03	
9218-9221	tu	u		Unassigned					
9222	t	a	teamcoherence	QSC Team Coherence				2004-11	
9222	u	a	teamcoherence	QSC Team Coherence				2004-11	
9223-9254	tu	u		Unassigned					
9255	t	a	mon	Manager On Network				2007-05	
9255	u	a	mon	Manager On Network				2007-05	
9256-9276	tu	u		Unassigned					
9277	u	a	traingpsdata	GPS Data transmitted from train to ground network				2012-12-14	
9277	t	r		Reserved					
9278	t	a	pegasus	Pegasus GPS Platform				2009-05-12	
9278	u	a	pegasus	Pegasus GPS Platform				2009-05-12	
9279	t	a	pegasus-ctl	Pegaus GPS System Control Interface				2009-05-12	
9279	u	a	pegasus-ctl	Pegaus GPS System Control Interface				2009-05-12	
9280	t	a	pgps	Predicted GPS				2008-02-14	
9280	u	a	pgps	Predicted GPS				2008-02-14	
9281	t	a	swtp-port1	SofaWare transport port 1				2002-02	
9281	u	a	swtp-port1	SofaWare transport port 1				2002-02	
9282	t	a	swtp-port2	SofaWare transport port 2				2002-02	
9282	u	a	swtp-port2	SofaWare transport port 2				2002-02	
9283	t	a	callwaveiam	CallWaveIAM					
9283	u	a	callwaveiam	CallWaveIAM					
9284	t	a	visd	VERITAS Information Serve				2002-02	
9284	u	a	visd	VERITAS Information Serve				2002-02	
9285	t	a	n2h2server	N2H2 Filter Service Port				2002-02	
9285	u	a	n2h2server	N2H2 Filter Service Port				2002-02	
9286	t	r		Reserved					
9286	u	a	n2receive	n2 monitoring receiver				2011-01-10	
9287	t	a	cumulus	Cumulus					
9287	u	a	cumulus	Cumulus					
9288-9291	tu	u		Unassigned					
9292	t	a	armtechdaemon	ArmTech Daemon					
9292	u	a	armtechdaemon	ArmTech Daemon					
9293	t	a	storview	StorView Client				2006-07	
9293	u	a	storview	StorView Client				2006-07	
9294	t	a	armcenterhttp	ARMCenter http Service				2006-04	
9294	u	a	armcenterhttp	ARMCenter http Service				2006-04	
9295	t	a	armcenterhttps	ARMCenter https Service				2006-04	
9295	u	a	armcenterhttps	ARMCenter https Service				2006-04	
9296-9299	tu	u		Unassigned					
9300	t	a	vrace	Virtual Racing Service				2006-10	
9300	u	a	vrace	Virtual Racing Service				2006-10	
9301-9305	tu	u		Unassigned					
9306	t	a	sphinxql	Sphinx search server (MySQL listener)				2009-10-20	
9306	u	r		Reserved					
9307-9309	tu	u		Unassigned					
9310	t	a	sapms	SAP Message Server				2020-03-12	
9310	u	r		Reserved					
9311	tu	u		Unassigned					
9312	t	a	sphinxapi	Sphinx search server				2009-10-20	
9312	u	r		Reserved					
9313-9317	tu	u		Unassigned					
9318	t	a	secure-ts	PKIX TimeStamp over TLS				2004-11	
9318	u	a	secure-ts	PKIX TimeStamp over TLS				2004-11	
9319-9320	tu	u		Unassigned					
9321	t	a	guibase	guibase					
9321	u	a	guibase	guibase					
9322-9338	tu	u		Unassigned					
9339	t	a	gnmi-gnoi	gRPC Network Mgmt/Operations Interface				2019-05-09	
9339	u	r		Reserved					
9340	t	a	gribi	gRPC Routing Information Base Interface				2022-03-29	
9340	u	r		Reserved					
9341-9342	tu	u		Unassigned					
9343	t	a	mpidcmgr	MpIdcMgr					
9343	u	a	mpidcmgr	MpIdcMgr					
9344	t	a	mphlpdmc	Mphlpdmc					
9344	u	a	mphlpdmc	Mphlpdmc					
9345	t	a	rancher	Rancher Agent				2015-04-14	
9345	u	r		Reserved					
9346	t	a	ctechlicensing	C Tech Licensing					
9346	u	a	ctechlicensing	C Tech Licensing					
9347-9373	tu	u		Unassigned					
9374	t	a	fjdmimgr	fjdmimgr					
9374	u	a	fjdmimgr	fjdmimgr					
9375-9379	tu	u		Unassigned					
9380	t	a	boxp	Brivs! Open Extensible Protocol				2007-08-08	
9380	u	a	boxp	Brivs! Open Extensible Protocol				2007-08-08	
9381-9386	tu	u		Unassigned					
9387	t	a	d2dconfig	D2D Configuration Service				2008-12-24	
9387	u	r		Reserved					
9388	t	a	d2ddatatrans	D2D Data Transfer Service				2008-12-24	
9388	u	r		Reserved					
9389	t	a	adws	Active Directory Web Services				2008-12-24	
9389	u	r		Reserved					
9390	t	a	otp	OpenVAS Transfer Protocol				2008-12-24	
9390	u	r		Reserved					
9391-9395	tu	u		Unassigned					
9396	t	a	fjinvmgr	fjinvmgr					
9396	u	a	fjinvmgr	fjinvmgr					
9397	t	a	mpidcagt	MpIdcAgt					
9397	u	a	mpidcagt	MpIdcAgt					
9398-9399	tu	u		Unassigned					
9400	t	a	sec-t4net-srv	Samsung Twain for Network Server				2007-02	
9400	u	a	sec-t4net-srv	Samsung Twain for Network Server				2007-02	
9401	t	a	sec-t4net-clt	Samsung Twain for Network Client				2007-02	
9401	u	a	sec-t4net-clt	Samsung Twain for Network Client				2007-02	
9402	t	a	sec-pc2fax-srv	Samsung PC2FAX for Network Server				2008-07-31	
9402	u	a	sec-pc2fax-srv	Samsung PC2FAX for Network Server				2008-07-31	
9403-9417	tu	u		Unassigned					
9418	t	a	git	git pack transfer service				2005-09	
9418	u	a	git	git pack transfer service				2005-09	
9419-9442	tu	u		Unassigned					
9443	t	a	tungsten-https	WSO2 Tungsten HTTPS				2006-06	
9443	u	a	tungsten-https	WSO2 Tungsten HTTPS				2006-06	
9444	t	a	wso2esb-console	WSO2 ESB Administration Console HTTPS				2008-08-20	
9444	u	a	wso2esb-console	WSO2 ESB Administration Console HTTPS				2008-08-20	
9445	t	a	mindarray-ca	MindArray Systems Console Agent				2011-10-25	
9445	u	r		Reserved					
9446-9449	tu	u		Unassigned					
9450	t	a	sntlkeyssrvr	Sentinel Keys Server				2008-08-21	
9450	u	a	sntlkeyssrvr	Sentinel Keys Server				2008-08-21	
9451-9499	tu	u		Unassigned					
9500	t	a	ismserver	ismserver					
9500	u	a	ismserver	ismserver					
9501-9521	tu	u		Unassigned					
9522	t	r		Reserved					
9522	u	a	sma-spw	SMA Speedwire				2011-03-08	
9523-9534	tu	u		Unassigned					
9535	t	a	mngsuite	Management Suite Remote Control				2010-02-01	
9535	u	a	mngsuite	Management Suite Remote Control				2010-02-01	
9536	t	a	laes-bf	Surveillance buffering function				2007-05	
9536	u	a	laes-bf	Surveillance buffering function				2007-05	
9537-9554	tu	u		Unassigned					
9555	t	a	trispen-sra	Trispen Secure Remote Access				2004-11	
9555	u	a	trispen-sra	Trispen Secure Remote Access				2004-11	
9556-9558	tu	u		Unassigned					
9559	t	a	p4runtime	P4Runtime gRPC Service				2020-09-22	
9559	u	r		Reserved					
9560-9591	tu	u		Unassigned					
9592	t	a	ldgateway	LANDesk Gateway				2006-03	
9592	u	a	ldgateway	LANDesk Gateway				2006-03	
9593	t	a	cba8	LANDesk Management Agent (cba8)				2010-02-01	
9593	u	a	cba8	LANDesk Management Agent (cba8)				2010-02-01	
9594	t	a	msgsys	Message System					
9594	u	a	msgsys	Message System					
9595	t	a	pds	Ping Discovery Service					
9595	u	a	pds	Ping Discovery Service					
9596	t	a	mercury-disc	Mercury Discovery				2005-11	
9596	u	a	mercury-disc	Mercury Discovery				2005-11	
9597	t	a	pd-admin	PD Administration				2005-11	
9597	u	a	pd-admin	PD Administration				2005-11	
9598	t	a	vscp	Very Simple Ctrl Protocol				2005-11	
9598	u	a	vscp	Very Simple Ctrl Protocol				2005-11	
9599	t	a	robix	Robix				2005-11	
9599	u	a	robix	Robix				2005-11	
9600	t	a	micromuse-ncpw	MICROMUSE-NCPW					
9600	u	a	micromuse-ncpw	MICROMUSE-NCPW					
9601-9611	tu	u		Unassigned					
9612	t	a	streamcomm-ds	StreamComm User Directory					
9612	u	a	streamcomm-ds	StreamComm User Directory					
9613	tu	u		Unassigned					
9614	t	a	iadt-tls	iADT Protocol over TLS				2009-02-05	
9614	u	r		Reserved					
9615	tu	u		Unassigned					
9616	t	a	erunbook-agent	eRunbook Agent\nIANA assigned this well-formed service name as a replacement for "erunbook_agent".				2009-03-10	
9616	t	a	erunbook_agent	eRunbook Agent		This entry is an alias to "erunbook-agent".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2009-03-10	
9616	u	r		Reserved					
9617	t	a	erunbook-server	eRunbook Server\nIANA assigned this well-formed service name as a replacement for "erunbook_server".				2009-03-10	
9617	t	a	erunbook_server	eRunbook Server		This entry is an alias to "erunbook-server".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2009-03-10	
9617	u	r		Reserved					
9618	t	a	condor	Condor Collector Service				2008-04-03	
9618	u	a	condor	Condor Collector Service				2008-04-03	
9619-9627	tu	u		Unassigned					
9628	t	a	odbcpathway	ODBC Pathway Service				2007-05	
9628	u	a	odbcpathway	ODBC Pathway Service				2007-05	
9629	t	a	uniport	UniPort SSO Controller				2007-09-05	
9629	u	a	uniport	UniPort SSO Controller				2007-09-05	
9630	t	a	peoctlr	Peovica Controller				2009-09-14	
9630	u	r		Reserved					
9631	t	a	peocoll	Peovica Collector				2009-09-14	
9631	u	r		Reserved					
9632	t	r		Reserved					
9632	u	a	mc-comm	Mobile-C Communications				2009-09-14	
9633-9639	tu	u		Unassigned					
9640	t	a	pqsflows	ProQueSys Flows Service				2010-04-27	
9640	u	r		Reserved					
9641-9665	tu	u		Unassigned					
9666	t	a	zoomcp	Zoom Control Panel Game Server Management				2014-02-26	
9666	u	r		Reserved					
9667	t	a	xmms2	Cross-platform Music Multiplexing System				2009-04-14	
9667	u	a	xmms2	Cross-platform Music Multiplexing System					
9668	t	a	tec5-sdctp	tec5 Spectral Device Control Protocol				2009-05-11	
9668	u	a	tec5-sdctp	tec5 Spectral Device Control Protocol				2009-05-11	
9669-9693	tu	u		Unassigned					
9694	t	a	client-wakeup	T-Mobile Client Wakeup Message				2009-09-11	
9694	u	a	client-wakeup	T-Mobile Client Wakeup Message				2009-09-11	
9695	t	a	ccnx	Content Centric Networking				2009-09-29	
9695	u	a	ccnx	Content Centric Networking				2009-09-29	
9696-9699	tu	u		Unassigned					
9700	t	a	board-roar	Board M.I.T. Service				2006-01	
9700	u	a	board-roar	Board M.I.T. Service				2006-01	
9701-9746	tu	u		Unassigned					
9747	t	a	l5nas-parchan	L5NAS Parallel Channel				2002-03	
9747	u	a	l5nas-parchan	L5NAS Parallel Channel				2002-03	
9748-9749	tu	u		Unassigned					
9750	t	a	board-voip	Board M.I.T. Synchronous Collaboration				2006-01	
9750	u	a	board-voip	Board M.I.T. Synchronous Collaboration				2006-01	
9751-9752	tu	u		Unassigned					
9753	t	a	rasadv	rasadv					
9753	u	a	rasadv	rasadv					
9754-9761	tu	u		Unassigned					
9762	t	a	tungsten-http	WSO2 Tungsten HTTP				2006-06	
9762	u	a	tungsten-http	WSO2 Tungsten HTTP				2006-06	
9763-9799	tu	u		Unassigned					
9800	t	a	davsrc	WebDav Source Port					
9800	u	a	davsrc	WebDav Source Port					
9801	t	a	sstp-2	Sakura Script Transfer Protocol-2					
9801	u	a	sstp-2	Sakura Script Transfer Protocol-2					
9802	t	a	davsrcs	WebDAV Source TLS/SSL				2003-07	
9802	u	a	davsrcs	WebDAV Source TLS/SSL				2003-07	
9803-9874	tu	u		Unassigned					
9875	t	a	sapv1	Session Announcement v1	RFC2974				
9875	u	a	sapv1	Session Announcement v1	RFC2974				
9876	t	a	sd	Session Director					
9877	t	a	x510	The X.510 wrapper protocol	ITU-T X.510 / ISO/IEC 9584-11			2019-09-30	
9877	u	r		Reserved					
9878	u	a	kca-service	The KX509 Kerberized Certificate Issuance Protocol in Use in 2012	RFC6717	Historically, this service has been referred to as "kca_service", but this service name does not meet the registry requirements.		2012-07-12	
9878	t	r		Reserved					
9879-9887	tu	u		Unassigned					
9888	t	a	cyborg-systems	CYBORG Systems					
9888	u	a	cyborg-systems	CYBORG Systems					
9889	t	a	gt-proxy	Port for Cable network related data proxy or repeater				2010-07-07	
9889	u	a	gt-proxy	Port for Cable network related data proxy or repeater				2010-07-07	
9890-9897	tu	u		Unassigned					
9898	t	a	monkeycom	MonkeyCom					
9898	u	a	monkeycom	MonkeyCom					
9899	t	r		Reserved					2013-04-10
9899	u	a	sctp-tunneling	SCTP TUNNELING	RFC6951				2013-04-10
9900	t	a	iua	IUA					
9900	u	a	iua	IUA					
9900	s	a	iua	IUA					
9901	u	a	enrp	enrp server channel					
9901	s	a	enrp-sctp	enrp server channel	RFC5353				
9902	s	a	enrp-sctp-tls	enrp/tls server channel	RFC5353				
9903	t	r		Reserved					
9903	u	a	multicast-ping	Multicast Ping Protocol	RFC6450				2011-12-09
9904-9908	tu	u		Unassigned					
9909	t	a	domaintime	domaintime					
9909	u	a	domaintime	domaintime					
9910	tu	u		Unassigned					
9911	t	a	sype-transport	SYPECom Transport Protocol				2003-03	
9911	u	a	sype-transport	SYPECom Transport Protocol				2003-03	
9912-9924	tu	u		Unassigned					
9925	t	a	xybrid-cloud	XYBRID Cloud				2013-04-25	
9925	u	r		Reserved					
9926-9949	tu	u		Unassigned					
9950	t	a	apc-9950	APC 9950					
9950	u	a	apc-9950	APC 9950					
9951	t	a	apc-9951	APC 9951					
9951	u	a	apc-9951	APC 9951					
9952	t	a	apc-9952	APC 9952					
9952	u	a	apc-9952	APC 9952					
9953	t	a	acis	9953				2006-01	
9953	u	a	acis	9953				2006-01	
9954	t	a	hinp	HaloteC Instrument Network Protocol				2012-02-07	
9954	u	r		Reserved					
9955	t	a	alljoyn-stm	Contact Port for AllJoyn standard messaging				2012-03-14	
9955	u	a	alljoyn-mcm	Contact Port for AllJoyn multiplexed constrained messaging				2012-03-14	
9956	t	r		Reserved					
9956	u	a	alljoyn	Alljoyn Name Service				2011-12-21	
9957-9965	tu	u		Unassigned					
9966	t	a	odnsp	OKI Data Network Setting Protocol				2006-05	
9966	u	a	odnsp	OKI Data Network Setting Protocol				2006-05	
9967-9977	tu	u		Unassigned					
9978	t	a	xybrid-rt	XYBRID RT Server				2013-01-24	
9978	u	r		Reserved					
9979	t	a	visweather	Valley Information Systems Weather station data				2017-05-12	
9979	u	r		Reserved					
9980	tu	u		Unassigned					
9981	t	a	pumpkindb	Event sourcing database engine with a built-in programming language				2017-04-18	
9981	u	r		Reserved					
9982-9986	tu	u		Unassigned					
9987	t	a	dsm-scm-target	DSM/SCM Target Interface				2006-08	
9987	u	a	dsm-scm-target	DSM/SCM Target Interface				2006-08	
9988	t	a	nsesrvr	Software Essentials Secure HTTP server				2009-02-05	
9988	u	r		Reserved					
9989	tu	u		Unassigned					
9990	t	a	osm-appsrvr	OSM Applet Server				2003-08	
9990	u	a	osm-appsrvr	OSM Applet Server				2003-08	
9991	t	a	osm-oev	OSM Event Server				2003-08	
9991	u	a	osm-oev	OSM Event Server				2003-08	
9992	t	a	palace-1	OnLive-1					
9992	u	a	palace-1	OnLive-1					
9993	t	a	palace-2	OnLive-2					
9993	u	a	palace-2	OnLive-2					
9994	t	a	palace-3	OnLive-3					
9994	u	a	palace-3	OnLive-3					
9995	t	a	palace-4	Palace-4					
9995	u	a	palace-4	Palace-4					
9996	t	a	palace-5	Palace-5					
9996	u	a	palace-5	Palace-5					
9997	t	a	palace-6	Palace-6					
9997	u	a	palace-6	Palace-6					
9998	t	a	distinct32	Distinct32					
9998	u	a	distinct32	Distinct32					
9999	t	a	distinct	distinct					
9999	u	a	distinct	distinct					
10000	t	a	ndmp	Network Data Management Protocol					
10000	u	a	ndmp	Network Data Management Protocol					
10001	t	a	scp-config	SCP Configuration				2010-08-06	
10001	u	a	scp-config	SCP Configuration				2010-08-06	
10002	t	a	documentum	EMC-Documentum Content Server Product				2007-07-19	
10002	u	a	documentum	EMC-Documentum Content Server Product				2007-07-19	
10003	t	a	documentum-s	EMC-Documentum Content Server Product\nIANA assigned this well-formed service name as a replacement for "documentum_s".				2007-07-19	
10003	t	a	documentum_s	EMC-Documentum Content Server Product		This entry is an alias to "documentum-s".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-07-19	
10003	u	a	documentum-s	EMC-Documentum Content Server Product\nIANA assigned this well-formed service name as a replacement for "documentum_s".				2007-07-19	
10003	u	a	documentum_s	EMC-Documentum Content Server Product		This entry is an alias to "documentum-s".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2007-07-19	
10004	t	a	emcrmirccd	EMC Replication Manager Client				2008-06-09	
10004	u	r		Reserved					
10005	t	a	emcrmird	EMC Replication Manager Server				2008-06-09	
10005	u	r		Reserved					
10006	t	a	netapp-sync	Sync replication protocol among different NetApp platforms				2014-08-07	
10006	u	r		Reserved					
10007	t	a	mvs-capacity	MVS Capacity					
10007	u	a	mvs-capacity	MVS Capacity					
10008	t	a	octopus	Octopus Multiplexer				2002-10	
10008	u	a	octopus	Octopus Multiplexer				2002-10	
10009	t	a	swdtp-sv	Systemwalker Desktop Patrol				2006-03	
10009	u	a	swdtp-sv	Systemwalker Desktop Patrol				2006-03	
10010	t	a	rxapi	ooRexx rxapi services				2009-07-24	
10010	u	r		Reserved					
10011-10019	tu	u		Unassigned					
10020	t	a	abb-hw	Hardware configuration and maintenance				2017-03-28	
10020	u	r		Reserved					
10021-10022	tu	u		Unassigned					
10023	u	a	cefd-vmp	Comtech EF-Data's Vipersat Management Protocol				2014-01-23	
10023	t	r		Reserved					
10024-10049	tu	u		Unassigned					
10050	t	a	zabbix-agent	Zabbix Agent				2006-02	
10050	u	a	zabbix-agent	Zabbix Agent				2006-02	
10051	t	a	zabbix-trapper	Zabbix Trapper				2006-02	
10051	u	a	zabbix-trapper	Zabbix Trapper				2006-02	
10052-10054	tu	u		Unassigned					
10055	t	a	qptlmd	Quantapoint FLEXlm Licensing Service				2010-07-01	
10055	u	r		Reserved					
10056-10079	tu	u		Unassigned					
10080	t	a	amanda	Amanda					
10080	u	a	amanda	Amanda					
10081	t	a	famdc	FAM Archive Server				2006-01	
10081	u	a	famdc	FAM Archive Server				2006-01	
10082-10099	tu	u		Unassigned					
10100	t	a	itap-ddtp	VERITAS ITAP DDTP				2004-05	
10100	u	a	itap-ddtp	VERITAS ITAP DDTP				2004-05	
10101	t	a	ezmeeting-2	eZmeeting				2002-03	
10101	u	a	ezmeeting-2	eZmeeting				2002-03	
10102	t	a	ezproxy-2	eZproxy				2002-03	
10102	u	a	ezproxy-2	eZproxy				2002-03	
10103	t	a	ezrelay	eZrelay				2002-03	
10103	u	a	ezrelay	eZrelay				2002-03	
10104	t	a	swdtp	Systemwalker Desktop Patrol				2006-09	
10104	u	a	swdtp	Systemwalker Desktop Patrol				2006-09	
10105-10106	tu	u		Unassigned					
10107	t	a	bctp-server	VERITAS BCTP, server				2004-05	
10107	u	a	bctp-server	VERITAS BCTP, server				2004-05	
10108-10109	tu	u		Unassigned					
10110	t	a	nmea-0183	NMEA-0183 Navigational Data				2009-02-18	
10110	u	a	nmea-0183	NMEA-0183 Navigational Data				2009-02-18	
10111	t	r		Reserved					
10111	u	a	nmea-onenet	NMEA OneNet multicast messaging				2011-09-15	2023-12-27
10112	tu	u		Unassigned					
10113	t	a	netiq-endpoint	NetIQ Endpoint					
10113	u	a	netiq-endpoint	NetIQ Endpoint					
10114	t	a	netiq-qcheck	NetIQ Qcheck				2010-09-14	
10114	u	a	netiq-qcheck	NetIQ Qcheck				2010-09-14	
10115	t	a	netiq-endpt	NetIQ Endpoint					
10115	u	a	netiq-endpt	NetIQ Endpoint					
10116	t	a	netiq-voipa	NetIQ VoIP Assessor					
10116	u	a	netiq-voipa	NetIQ VoIP Assessor					
10117	t	a	iqrm	NetIQ IQCResource Managament Svc				2010-09-14	
10117	u	a	iqrm	NetIQ IQCResource Managament Svc				2010-09-14	
10118-10124	tu	u		Unassigned					
10125	t	a	cimple	HotLink CIMple REST API				2014-12-18	
10125	u	r		Reserved					
10126-10127	tu	u		Unassigned					
10128	t	a	bmc-perf-sd	BMC-PERFORM-SERVICE DAEMON					
10128	u	a	bmc-perf-sd	BMC-PERFORM-SERVICE DAEMON					
10129	t	a	bmc-gms	BMC General Manager Server				2009-07-28	
10129	u	r		Reserved					
10130-10159	tu	u		Unassigned					
10160	t	a	qb-db-server	QB Database Server				2005-11	
10160	u	a	qb-db-server	QB Database Server				2005-11	
10161	t	a	snmptls	SNMP-TLS	RFC6353				
10161	u	a	snmpdtls	SNMP-DTLS	RFC6353				
10162	t	a	snmptls-trap	SNMP-Trap-TLS	RFC6353				
10162	u	a	snmpdtls-trap	SNMP-Trap-DTLS	RFC6353				
10163-10199	tu	u		Unassigned					
10200	t	a	trisoap	Trigence AE Soap Service				2006-08	
10200	u	a	trisoap	Trigence AE Soap Service				2006-08	
10201	t	a	rsms	Remote Server Management Service				2009-03-06	
10201	u	a	rscs	Remote Server Control and Test Service				2009-03-06	
10202-10251	tu	u		Unassigned					
10252	t	a	apollo-relay	Apollo Relay Port				2003-08	
10252	u	a	apollo-relay	Apollo Relay Port				2003-08	
10253	u	a	eapol-relay	Relay of EAPOL frames				2015-06-26	
10253	t	r		Reserved					
10254-10259	tu	u		Unassigned					
10260	t	a	axis-wimp-port	Axis WIMP Port					
10260	u	a	axis-wimp-port	Axis WIMP Port					
10261	t	a	tile-ml	Tile remote machine learning				2016-09-27	
10261	u	r		Reserved					
10262-10287	tu	u		Unassigned					
10288	t	a	blocks	Blocks					
10288	u	a	blocks	Blocks					
10289-10320	tu	u		Unassigned					
10321	t	r		Reserved		De-Assigned on 2023-12-05.			2023-12-05
10321	u	r		Reserved					
10322-10438	tu	u		Unassigned					
10439	u	a	bngsync	BalanceNG session table synchronization protocol				2014-05-02	
10439	t	r		Reserved					
10440-10442	tu	u		Unassigned					
10443	t	a	cirrossp	CirrosSP Workstation Communication				2020-02-12	
10443	u	r		Reserved					
10444-10499	tu	u		Unassigned					
10500	t	r		Reserved					
10500	u	a	hip-nat-t	HIP NAT-Traversal	RFC5770|RFC9028				2020-08-12
10501-10539	tu	u		Unassigned					
10540	t	a	MOS-lower	MOS Media Object Metadata Port				2007-09-17	
10540	u	a	MOS-lower	MOS Media Object Metadata Port				2007-09-17	
10541	t	a	MOS-upper	MOS Running Order Port				2007-09-17	
10541	u	a	MOS-upper	MOS Running Order Port				2007-09-17	
10542	t	a	MOS-aux	MOS Low Priority Port				2007-09-17	
10542	u	a	MOS-aux	MOS Low Priority Port				2007-09-17	
10543	t	a	MOS-soap	MOS SOAP Default Port				2007-09-17	
10543	u	a	MOS-soap	MOS SOAP Default Port				2007-09-17	
10544	t	a	MOS-soap-opt	MOS SOAP Optional Port				2007-09-17	
10544	u	a	MOS-soap-opt	MOS SOAP Optional Port				2007-09-17	
10545-10547	tu	u		Unassigned					
10548	t	a	serverdocs	Apple Document Sharing Service				2015-09-29	
10548	u	r		Reserved					
10549-10630	tu	u		Unassigned					
10631	t	a	printopia	Printopia Serve				2011-10-24	2015-04-09
10631	u	r		Reserved					
10632-10799	tu	u		Unassigned					
10800	t	a	gap	Gestor de Acaparamiento para Pocket PCs				2006-03	
10800	u	a	gap	Gestor de Acaparamiento para Pocket PCs				2006-03	
10801-10804	tu	u		Unassigned					
10805	t	a	lpdg	LUCIA Pareja Data Group				2006-02	
10805	u	a	lpdg	LUCIA Pareja Data Group				2006-02	
10806-10808	tu	u		Unassigned					
10809	t	a	nbd	Network Block Device	https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md			2010-08-02	2024-04-30
10809	u	r		Reserved					
10810	t	r		Reserved					
10810	u	a	nmc-disc	Nuance Mobile Care Discovery				2011-03-21	
10811-10859	tu	u		Unassigned					
10860	t	a	helix	Helix Client/Server				2009-03-06	
10860	u	a	helix	Helix Client/Server				2009-03-06	
10861-10879	tu	u		Unassigned					
10880	t	a	bveapi	BVEssentials HTTP API				2012-11-19	
10880	u	a	bveapi	BVEssentials HTTP API				2012-11-19	
10881-10932	tu	u		Unassigned					
10933	t	a	octopustentacle	Listen port used by the Octopus Deploy Tentacle deployment agent				2015-01-28	
10933	u	r		Reserved					
10934-10989	tu	u		Unassigned					
10990	t	a	rmiaux	Auxiliary RMI Port					
10990	u	a	rmiaux	Auxiliary RMI Port					
10991-10999	tu	u		Unassigned					
11000	t	a	irisa	IRISA					
11000	u	a	irisa	IRISA					
11001	t	a	metasys	Metasys					
11001	u	a	metasys	Metasys					
11002-11094	tu	u		Unassigned					
11095	t	a	weave	Nest device-to-device and device-to-service application protocol				2014-01-16	
11095	u	a	weave	Nest device-to-device and device-to-service application protocol				2014-01-16	
11096-11102	tu	u		Unassigned					
11103	t	a	origo-sync	OrigoDB Server Sync Interface				2013-03-29	
11103	u	r		Reserved					
11104	t	a	netapp-icmgmt	NetApp Intercluster Management				2010-07-06	
11104	u	r		Reserved					
11105	t	a	netapp-icdata	NetApp Intercluster Data				2010-07-06	
11105	u	r		Reserved					
11106	t	a	sgi-lk	SGI LK Licensing service				2009-01-06	
11106	u	a	sgi-lk	SGI LK Licensing service				2009-01-06	
11107	tu	u		Unassigned					
11108	u	a	myq-termlink	Hardware Terminals Discovery and Low-Level Communication Protocol				2013-04-23	
11108	t	r		Reserved					
11109	t	a	sgi-dmfmgr	Data migration facility Manager (DMF) is a browser based interface to DMF				2013-01-07	
11109	u	r		Reserved					
11110	t	a	sgi-soap	Data migration facility (DMF) SOAP is a web server protocol to support remote access to DMF				2013-01-07	
11110	u	r		Reserved					
11111	t	a	vce	Viral Computing Environment (VCE)					
11111	u	a	vce	Viral Computing Environment (VCE)					
11112	t	a	dicom	DICOM				2005-08	
11112	u	a	dicom	DICOM				2005-08	
11113-11160	tu	u		Unassigned					
11161	t	a	suncacao-snmp	sun cacao snmp access point				2005-08	
11161	u	a	suncacao-snmp	sun cacao snmp access point				2005-08	
11162	t	a	suncacao-jmxmp	sun cacao JMX-remoting access point				2005-08	
11162	u	a	suncacao-jmxmp	sun cacao JMX-remoting access point				2005-08	
11163	t	a	suncacao-rmi	sun cacao rmi registry access point				2005-08	
11163	u	a	suncacao-rmi	sun cacao rmi registry access point				2005-08	
11164	t	a	suncacao-csa	sun cacao command-streaming access point				2005-08	
11164	u	a	suncacao-csa	sun cacao command-streaming access point				2005-08	
11165	t	a	suncacao-websvc	sun cacao web service access point				2005-08	
11165	u	a	suncacao-websvc	sun cacao web service access point				2005-08	
11166-11170	tu	u		Unassigned					
11171	t	r		Reserved					
11171	u	a	snss	Surgical Notes Security Service Discovery (SNSS)				2010-12-24	
11172	t	a	oemcacao-jmxmp	OEM cacao JMX-remoting access point				2010-09-22	
11172	u	r		Reserved					
11173	t	a	t5-straton	Straton Runtime Programing				2012-03-01	
11173	u	r		Reserved					
11174	t	a	oemcacao-rmi	OEM cacao rmi registry access point				2010-09-22	
11174	u	r		Reserved					
11175	t	a	oemcacao-websvc	OEM cacao web service access point				2010-09-22	
11175	u	r		Reserved					
11176-11200	tu	u		Unassigned					
11201	t	a	smsqp	smsqp					
11201	u	a	smsqp	smsqp					
11202	t	a	dcsl-backup	DCSL Network Backup Services		Defined TXT keys: DCSL-Service		2012-04-17	
11202	u	r		Reserved					
11203-11207	tu	u		Unassigned					
11208	t	a	wifree	WiFree Service				2006-03	
11208	u	a	wifree	WiFree Service				2006-03	
11209-11210	tu	u		Unassigned					
11211	t	a	memcache	Memory cache service				2009-02-09	
11211	u	a	memcache	Memory cache service				2009-02-09	
11212-11234	tu	u		Unassigned					
11235	t	a	xcompute	numerical systems messaging				2020-10-16	
11235	u	r		Reserved					
11235	s	a	xcompute	numerical systems messaging				2020-10-16	
11236-11318	tu	u		Unassigned					
11319	t	a	imip	IMIP					
11319	u	a	imip	IMIP					
11320	t	a	imip-channels	IMIP Channels Port					
11320	u	a	imip-channels	IMIP Channels Port					
11321	t	a	arena-server	Arena Server Listen					
11321	u	a	arena-server	Arena Server Listen					
11322-11366	tu	u		Unassigned					
11367	t	a	atm-uhas	ATM UHAS					
11367	u	a	atm-uhas	ATM UHAS					
11368-11370	tu	u		Unassigned					
11371	t	a	hkp	OpenPGP HTTP Keyserver				2003-05	
11371	u	a	hkp	OpenPGP HTTP Keyserver				2003-05	
11372-11429	tu	u		Unassigned					
11430	u	a	lsdp	Lenbrook Service Discovery Protocol				2014-03-27	
11430	t	r		Reserved					
11431-11488	tu	u		Unassigned			Known UNAUTHORIZED USE: port 11488		
11489	t	a	asgcypresstcps	ASG Cypress Secure Only				2010-07-01	
11489	u	r		Reserved					
11490-11599	tu	u		Unassigned					
11600	t	a	tempest-port	Tempest Protocol Port					
11600	u	a	tempest-port	Tempest Protocol Port					
11601-11622	tu	u		Unassigned					
11623	t	a	emc-xsw-dconfig	EMC XtremSW distributed config				2013-09-18	
11623	u	r		Reserved					
11624-11719	tu	u		Unassigned			Unauthorized Use Known on port 11711		
11720	t	a	h323callsigalt	H.323 Call Control Signalling Alternate					2013-01-31
11720	u	a	h323callsigalt	H.323 Call Control Signalling Alternate					2013-01-31
11721-11722	tu	u		Unassigned					
11723	t	a	emc-xsw-dcache	EMC XtremSW distributed cache				2013-09-18	
11723	u	a	emc-xsw-dcache	EMC XtremSW distributed cache				2013-09-18	
11724-11750	tu	u		Unassigned					
11751	t	a	intrepid-ssl	Intrepid SSL				2003-03	
11751	u	a	intrepid-ssl	Intrepid SSL				2003-03	
11752-11795	tu	u		Unassigned					
11796	t	a	lanschool	LanSchool				2012-05-18	
11796	u	a	lanschool-mpt	Lanschool Multipoint				2012-05-18	
11797-11875	tu	u		Unassigned					
11876	t	a	xoraya	X2E Xoraya Multichannel protocol				2010-09-13	
11876	u	a	xoraya	X2E Xoraya Multichannel protocol				2010-09-13	
11877	t	r		Reserved					
11877	u	a	x2e-disc	X2E service discovery protocol				2010-09-13	
11878-11966	tu	u		Unassigned					
11967	t	a	sysinfo-sp	SysInfo Service Protocol				2003-03	
11967	u	a	sysinfo-sp	SysInfo Service Protocol				2003-03	
11968-11970	tu	u		Unassigned					
11971	t	a	tibsd	TiBS Service				2019-05-17	
11971	u	r		Reserved					
11972-11996	tu	u		Unassigned					
11997	s	a	wmereceiving	WorldMailExpress				2006-03	
11998	s	a	wmedistribution	WorldMailExpress				2006-03	
11999	s	a	wmereporting	WorldMailExpress				2006-03	
12000	t	a	entextxid	IBM Enterprise Extender SNA XID Exchange					
12000	u	a	entextxid	IBM Enterprise Extender SNA XID Exchange					
12001	t	a	entextnetwk	IBM Enterprise Extender SNA COS Network Priority					
12001	u	a	entextnetwk	IBM Enterprise Extender SNA COS Network Priority					
12002	t	a	entexthigh	IBM Enterprise Extender SNA COS High Priority					
12002	u	a	entexthigh	IBM Enterprise Extender SNA COS High Priority					
12003	t	a	entextmed	IBM Enterprise Extender SNA COS Medium Priority					
12003	u	a	entextmed	IBM Enterprise Extender SNA COS Medium Priority					
12004	t	a	entextlow	IBM Enterprise Extender SNA COS Low Priority					
12004	u	a	entextlow	IBM Enterprise Extender SNA COS Low Priority					
12005	t	a	dbisamserver1	DBISAM Database Server - Regular				2002-05	
12005	u	a	dbisamserver1	DBISAM Database Server - Regular				2002-05	
12006	t	a	dbisamserver2	DBISAM Database Server - Admin				2002-05	
12006	u	a	dbisamserver2	DBISAM Database Server - Admin				2002-05	
12007	t	a	accuracer	Accuracer Database System Server				2004-12	
12007	u	a	accuracer	Accuracer Database System Server				2004-12	
12008	t	a	accuracer-dbms	Accuracer Database System Admin				2004-12	
12008	u	a	accuracer-dbms	Accuracer Database System Admin				2004-12	
12009	t	r		Reserved					
12009	u	a	ghvpn	Green Hills VPN				2012-02-07	
12010	t	a	edbsrvr	ElevateDB Server				2009-05-06	
12010	u	r		Reserved					
12011	tu	u		Unassigned					
12012	t	a	vipera	Vipera Messaging Service				2005-08	
12012	u	a	vipera	Vipera Messaging Service				2005-08	
12013	t	a	vipera-ssl	Vipera Messaging Service over SSL Communication				2008-01-16	
12013	u	a	vipera-ssl	Vipera Messaging Service over SSL Communication				2008-01-16	
12014-12108	tu	u		Unassigned					
12109	t	a	rets-ssl	RETS over SSL				2003-02	
12109	u	a	rets-ssl	RETS over SSL				2003-02	
12110-12120	tu	u		Unassigned					
12121	t	a	nupaper-ss	NuPaper Session Service				2005-11	
12121	u	a	nupaper-ss	NuPaper Session Service				2005-11	
12122-12167	tu	u		Unassigned					
12168	t	a	cawas	CA Web Access Service				2005-08	
12168	u	a	cawas	CA Web Access Service				2005-08	
12169-12171	tu	u		Unassigned					
12172	t	a	hivep	HiveP					
12172	u	a	hivep	HiveP					
12173-12299	tu	u		Unassigned					
12300	t	a	linogridengine	LinoGrid Engine				2004-11	
12300	u	a	linogridengine	LinoGrid Engine				2004-11	
12301	tu	u		Unassigned					
12302	t	a	rads	Remote Administration Daemon (RAD) is a system service that offers secure, remote, programmatic access to Solaris system configuration and run-time state				2012-04-20	
12302	u	r		Reserved					
12303-12320	tu	u		Unassigned					
12321	t	a	warehouse-sss	Warehouse Monitoring Syst SSS				2005-08	
12321	u	a	warehouse-sss	Warehouse Monitoring Syst SSS				2005-08	
12322	t	a	warehouse	Warehouse Monitoring Syst				2005-08	
12322	u	a	warehouse	Warehouse Monitoring Syst				2005-08	
12323-12344	tu	u		Unassigned					
12345	t	a	italk	Italk Chat System					
12345	u	a	italk	Italk Chat System					
12346-12545	tu	u		Unassigned					
12546	t	a	carb-repl-ctrl	Carbonite Server Replication Control				2022-10-07	
12546	u	r		Reserved					
12547-12752	tu	u		Unassigned					
12753	t	a	tsaf	tsaf port					
12753	u	a	tsaf	tsaf port					
12754-12864	tu	u		Unassigned					
12865	t	a	netperf	control port for the netperf benchmark				2013-04-05	
12865	u	r		Reserved					
12866-13159	tu	u		Unassigned					
13160	t	a	i-zipqd	I-ZIPQD					
13160	u	a	i-zipqd	I-ZIPQD					
13161-13215	tu	u		Unassigned					
13216	t	a	bcslogc	Black Crow Software application logging				2008-12-04	
13216	u	a	bcslogc	Black Crow Software application logging				2008-12-04	
13217	t	a	rs-pias	R&S Proxy Installation Assistant Service				2008-12-04	
13217	u	a	rs-pias	R&S Proxy Installation Assistant Service				2008-12-04	
13218	t	a	emc-vcas-tcp	EMC Virtual CAS Service					
13218	u	a	emc-vcas-udp	EMV Virtual CAS Service Discovery				2008-12-04	
13219-13222	tu	u		Unassigned					
13223	t	a	powwow-client	PowWow Client					
13223	u	a	powwow-client	PowWow Client					
13224	t	a	powwow-server	PowWow Server					
13224	u	a	powwow-server	PowWow Server					
13225-13399	tu	u		Unassigned					
13400	t	a	doip-data	DoIP Data				2011-01-26	
13400	u	a	doip-disc	DoIP Discovery				2011-01-26	
13401-13719	tu	u		Unassigned					
13720	t	a	bprd	BPRD Protocol (VERITAS NetBackup)					
13720	u	a	bprd	BPRD Protocol (VERITAS NetBackup)					
13721	t	a	bpdbm	BPDBM Protocol (VERITAS NetBackup)					
13721	u	a	bpdbm	BPDBM Protocol (VERITAS NetBackup)					
13722	t	a	bpjava-msvc	BP Java MSVC Protocol					
13722	u	a	bpjava-msvc	BP Java MSVC Protocol					
13723	tu	u		Unassigned					
13724	t	a	vnetd	Veritas Network Utility					
13724	u	a	vnetd	Veritas Network Utility					
13725-13781	tu	u		Unassigned					
13782	t	a	bpcd	VERITAS NetBackup					
13782	u	a	bpcd	VERITAS NetBackup					
13783	t	a	vopied	VOPIED Protocol					
13783	u	a	vopied	VOPIED Protocol					
13784	tu	u		Unassigned					
13785	t	a	nbdb	NetBackup Database				2004-12	
13785	u	a	nbdb	NetBackup Database				2004-12	
13786	t	a	nomdb	Veritas-nomdb				2005-08	
13786	u	a	nomdb	Veritas-nomdb				2005-08	
13787-13817	tu	u		Unassigned					
13818	t	a	dsmcc-config	DSMCC Config	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13818	u	a	dsmcc-config	DSMCC Config	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13819	t	a	dsmcc-session	DSMCC Session Messages	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13819	u	a	dsmcc-session	DSMCC Session Messages	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13820	t	a	dsmcc-passthru	DSMCC Pass-Thru Messages	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13820	u	a	dsmcc-passthru	DSMCC Pass-Thru Messages	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13821	t	a	dsmcc-download	DSMCC Download Protocol	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13821	u	a	dsmcc-download	DSMCC Download Protocol	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13822	t	a	dsmcc-ccp	DSMCC Channel Change Protocol	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13822	u	a	dsmcc-ccp	DSMCC Channel Change Protocol	ISO/IEC 13818-6 MPEG-2 DSM-CC				
13823	t	a	bmdss	Blackmagic Design Streaming Server				2011-03-01	
13823	u	r		Reserved					
13824-13831	tu	u		Unassigned					
13832	t	a	a-trust-rpc	Certificate Management and Issuing				2023-06-05	
13832	u	r		Reserved					
13833-13893	tu	u		Unassigned					
13894	t	a	ucontrol	Ultimate Control communication protocol				2012-09-10	
13894	u	a	ucontrol	Ultimate Control communication protocol				2012-09-10	
13895-13928	tu	u		Unassigned					
13929	t	a	dta-systems	D-TA SYSTEMS				2008-12-08	
13929	u	a	dta-systems	D-TA SYSTEMS				2008-12-08	
13930	t	a	medevolve	MedEvolve Port Requester				2008-10-24	
13930	u	r		Reserved					
13931-13999	tu	u		Unassigned					
14000	t	a	scotty-ft	SCOTTY High-Speed Filetransfer				2007-05	
14000	u	a	scotty-ft	SCOTTY High-Speed Filetransfer				2007-05	
14001	t	a	sua	SUA					
14001	u	a	sua	De-Registered				2001-06-06	
14001	s	a	sua	SUA					
14002	u	a	scotty-disc	Discovery of a SCOTTY hardware codec board				2013-01-14	
14002	t	r		Reserved					
14003-14032	tu	u		Unassigned					
14033	t	a	sage-best-com1	sage Best! Config Server 1					
14033	u	a	sage-best-com1	sage Best! Config Server 1					
14034	t	a	sage-best-com2	sage Best! Config Server 2					
14034	u	a	sage-best-com2	sage Best! Config Server 2					
14035-14140	tu	u		Unassigned					
14141	t	a	vcs-app	VCS Application					
14141	u	a	vcs-app	VCS Application					
14142	t	a	icpp	IceWall Cert Protocol				2005-08	
14142	u	a	icpp	IceWall Cert Protocol				2005-08	
14143	t	a	icpps	IceWall Cert Protocol over TLS				2016-05-24	
14143	u	r		Reserved					
14144	tu	u		Unassigned					
14145	t	a	gcm-app	GCM Application					
14145	u	a	gcm-app	GCM Application					
14146-14148	tu	u		Unassigned					
14149	t	a	vrts-tdd	Veritas Traffic Director				2002-03	
14149	u	a	vrts-tdd	Veritas Traffic Director				2002-03	
14150	t	a	vcscmd	Veritas Cluster Server Command Server				2008-10-02	
14150	u	r		Reserved					
14151-14153	tu	u		Unassigned					
14154	t	a	vad	Veritas Application Director				2006-02	
14154	u	a	vad	Veritas Application Director				2006-02	
14155-14249	tu	u		Unassigned					
14250	t	a	cps	Fencing Server				2008-04-03	
14250	u	a	cps	Fencing Server				2008-04-03	
14251-14413	tu	u		Unassigned					
14414	t	a	ca-web-update	CA eTrust Web Update Service				2006-08	
14414	u	a	ca-web-update	CA eTrust Web Update Service				2006-08	
14415-14499	tu	u		Unassigned					
14500	t	a	xpra	xpra network protocol				2016-10-05	
14500	u	r		Reserved					
14501-14935	tu	u		Unassigned					
14936	t	a	hde-lcesrvr-1	hde-lcesrvr-1					
14936	u	a	hde-lcesrvr-1	hde-lcesrvr-1					
14937	t	a	hde-lcesrvr-2	hde-lcesrvr-2					
14937	u	a	hde-lcesrvr-2	hde-lcesrvr-2					
14938-14999	tu	u		Unassigned					
15000	t	a	hydap	Hypack Data Aquisition					2011-10-27
15000	u	a	hydap	Hypack Data Aquisition					2011-10-27
15001	tu	u		Unassigned					
15002	t	a	onep-tls	Open Network Environment TLS				2014-01-21	
15002	u	r		Reserved					
15003-15117	tu	u		Unassigned					
15118	t	r		Reserved					
15118	u	a	v2g-secc	v2g Supply Equipment Communication Controller Discovery Protocol				2011-04-06	
15119-15344	tu	u		Unassigned					
15345	t	a	xpilot	XPilot Contact Port					
15345	u	a	xpilot	XPilot Contact Port					
15346-15362	tu	u		Unassigned					
15363	t	a	3link	3Link Negotiation				2003-01	
15363	u	a	3link	3Link Negotiation				2003-01	
15364-15554	tu	u		Unassigned					
15555	t	a	cisco-snat	Cisco Stateful NAT				2006-03	
15555	u	a	cisco-snat	Cisco Stateful NAT				2006-03	
15556-15659	tu	u		Unassigned					
15660	t	a	bex-xr	Backup Express Restore Server				2008-03-19	2015-02-04
15660	u	a	bex-xr	Backup Express Restore Server				2008-03-19	2015-02-04
15661-15739	tu	u		Unassigned					
15740	t	a	ptp	Picture Transfer Protocol		Defined TXT keys: guid=<Device guid>		2004-11	
15740	u	a	ptp	Picture Transfer Protocol		Defined TXT keys: guid=<Device guid>		2004-11	
15741-15997	tu	u		Unassigned					
15998	t	r		Reserved					
15998	u	a	2ping	2ping Bi-Directional Ping Service				2010-10-06	
15999	t	a	programmar	ProGrammar Enterprise				2010-10-06	
15999	u	r		Reserved					
16000	t	a	fmsas	Administration Server Access			Known Unauthorized Use on port 16000	2010-10-06	
16000	u	r		Reserved			Known Unauthorized Use on port 16000		
16001	t	a	fmsascon	Administration Server Connector				2010-10-06	
16001	u	r		Reserved					
16002	t	a	gsms	GoodSync Mediation Service				2010-10-06	
16002	u	r		Reserved					
16003	t	r		Reserved					
16003	u	a	alfin	Automation and Control by REGULACE.ORG				2010-10-06	
16004-16019	tu	u		Unassigned					
16020	t	a	jwpc	Filemaker Java Web Publishing Core				2010-05-12	
16020	u	r		Reserved					
16021	t	a	jwpc-bin	Filemaker Java Web Publishing Core Binary				2010-05-12	
16021	u	r		Reserved					
16022-16160	tu	u		Unassigned					
16161	t	a	sun-sea-port	Solaris SEA Port				2003-10	
16161	u	a	sun-sea-port	Solaris SEA Port				2003-10	
16162	t	a	solaris-audit	Solaris Audit - secure remote audit log				2009-05-07	
16162	u	r		Reserved					
16163-16308	tu	u		Unassigned					
16309	t	a	etb4j	etb4j				2004-11	
16309	u	a	etb4j	etb4j				2004-11	
16310	t	a	pduncs	Policy Distribute, Update Notification				2006-08	
16310	u	a	pduncs	Policy Distribute, Update Notification				2006-08	
16311	t	a	pdefmns	Policy definition and update management				2007-04	
16311	u	a	pdefmns	Policy definition and update management				2007-04	
16312-16359	tu	u		Unassigned					
16360	t	a	netserialext1	Network Serial Extension Ports One					
16360	u	a	netserialext1	Network Serial Extension Ports One					
16361	t	a	netserialext2	Network Serial Extension Ports Two					
16361	u	a	netserialext2	Network Serial Extension Ports Two					
16362-16366	tu	u		Unassigned					
16367	t	a	netserialext3	Network Serial Extension Ports Three					
16367	u	a	netserialext3	Network Serial Extension Ports Three					
16368	t	a	netserialext4	Network Serial Extension Ports Four					
16368	u	a	netserialext4	Network Serial Extension Ports Four					
16369-16383	tu	u		Unassigned					
16384	t	a	connected	Connected Corp				2004-02	
16384	u	a	connected	Connected Corp				2004-02	
16385	t	a	rdgs	Reliable Datagram Sockets				2015-04-30	
16385	u	r		Reserved					
16386-16618	tu	u		Unassigned					
16619	t	a	xoms	X509 Objects Management Service				2008-09-08	
16619	u	r		Reserved					
16620-16664	tu	u		Unassigned					
16665	t	a	axon-tunnel	Reliable multipath data transport for high latencies				2014-09-26	
16665	u	r		Reserved					
16666	t	r		Reserved					
16666	u	a	vtp	Vidder Tunnel Protocol				2011-10-24	
16667-16788	tu	u		Unassigned					
16789	t	a	cadsisvr	This server provides callable services to mainframe External Security Managers from any TCP/IP platform				2015-06-02	2023-03-29
16789	u	r		Reserved					
16790-16899	tu	u		Unassigned					
16900	t	a	newbay-snc-mc	Newbay Mobile Client Update Service				2009-07-06	
16900	u	a	newbay-snc-mc	Newbay Mobile Client Update Service				2009-07-06	
16901-16949	tu	u		Unassigned					
16950	t	a	sgcip	Simple Generic Client Interface Protocol					
16950	u	a	sgcip	Simple Generic Client Interface Protocol					
16951-16990	tu	u		Unassigned					
16991	t	a	intel-rci-mp	INTEL-RCI-MP					
16991	u	a	intel-rci-mp	INTEL-RCI-MP					
16992	t	a	amt-soap-http	Intel(R) AMT SOAP/HTTP				2005-02	
16992	u	a	amt-soap-http	Intel(R) AMT SOAP/HTTP				2005-02	
16993	t	a	amt-soap-https	Intel(R) AMT SOAP/HTTPS				2005-02	
16993	u	a	amt-soap-https	Intel(R) AMT SOAP/HTTPS				2005-02	
16994	t	a	amt-redir-tcp	Intel(R) AMT Redirection/TCP				2005-02	
16994	u	a	amt-redir-tcp	Intel(R) AMT Redirection/TCP				2005-02	
16995	t	a	amt-redir-tls	Intel(R) AMT Redirection/TLS				2005-02	
16995	u	a	amt-redir-tls	Intel(R) AMT Redirection/TLS				2005-02	
16996-17006	tu	u		Unassigned					
17007	t	a	isode-dua						
17007	u	a	isode-dua						
17008-17009	tu	u		Unassigned					
17010	t	a	ncpu	Plan 9 cpu port		Defined TXT keys: u=username; k=keypattern; f=fstabFILE; n=namespace; h=hostkey; r=root		2022-05-13	
17010	u	r		Reserved					
17011-17183	tu	u		Unassigned					
17184	t	a	vestasdlp	Vestas Data Layer Protocol				2013-10-30	
17184	u	r		Reserved					
17185	t	a	soundsvirtual	Sounds Virtual					
17185	u	a	soundsvirtual	Sounds Virtual					
17186-17218	tu	u		Unassigned					
17219	t	a	chipper	Chipper					
17219	u	a	chipper	Chipper					
17220	t	a	avtp	IEEE 1722 Transport Protocol for Time Sensitive Applications				2014-03-07	
17220	u	a	avtp	IEEE 1722 Transport Protocol for Time Sensitive Applications				2014-03-07	
17221	t	a	avdecc	IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control				2011-11-01	
17221	u	a	avdecc	IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control				2011-11-01	
17222	t	r		Reserved					
17222	u	a	cpsp	Control Plane Synchronization Protocol (SPSP)				2011-11-10	
17223	t	a	isa100-gci	ISA100 GCI is a service utilizing a common interface between an ISA100 Wireless gateway and a client application				2015-07-24	
17223	u	r		Reserved					
17224	u	a	trdp-pd	Train Realtime Data Protocol (TRDP) Process Data				2015-07-24	
17224	t	r		Reserved					
17225	t	a	trdp-md	Train Realtime Data Protocol (TRDP) Message Data				2015-07-24	
17225	u	a	trdp-md	Train Realtime Data Protocol (TRDP) Message Data				2015-07-24	
17226-17233	tu	u		Unassigned					
17234	t	a	integrius-stp	Integrius Secure Tunnel Protocol				2010-03-04	
17234	u	a	integrius-stp	Integrius Secure Tunnel Protocol				2010-03-04	
17235	t	a	ssh-mgmt	SSH Tectia Manager				2005-08	
17235	u	a	ssh-mgmt	SSH Tectia Manager				2005-08	
17236-17499	tu	u		Unassigned					
17500	t	a	db-lsp	Dropbox LanSync Protocol				2010-01-21	
17500	u	a	db-lsp-disc	Dropbox LanSync Discovery				2010-01-21	
17501-17554	tu	u		Unassigned					
17555	t	a	ailith	Ailith management of routers				2014-03-27	
17555	u	r		Reserved					
17556-17728	tu	u		Unassigned					
17729	t	a	ea	Eclipse Aviation				2006-03	
17729	u	a	ea	Eclipse Aviation				2006-03	
17730-17753	tu	u		Unassigned					
17754	t	a	zep	Encap. ZigBee Packets				2006-02	
17754	u	a	zep	Encap. ZigBee Packets				2006-02	
17755	t	a	zigbee-ip	ZigBee IP Transport Service				2006-05	
17755	u	a	zigbee-ip	ZigBee IP Transport Service				2006-05	
17756	t	a	zigbee-ips	ZigBee IP Transport Secure Service				2006-05	
17756	u	a	zigbee-ips	ZigBee IP Transport Secure Service				2006-05	
17757-17776	tu	u		Unassigned					
17777	t	a	sw-orion	SolarWinds Orion				2008-09-10	
17777	u	r		Reserved					
17778-17999	tu	u		Unassigned					
18000	t	a	biimenu	Beckman Instruments, Inc.					
18000	u	a	biimenu	Beckman Instruments, Inc.					
18001-18103	tu	u		Unassigned					
18104	t	a	radpdf	RAD PDF Service				2010-10-15	
18104	u	r		Reserved					
18105-18135	tu	u		Unassigned					
18136	t	a	racf	z/OS Resource Access Control Facility				2010-10-04	
18136	u	r		Reserved					
18137-18180	tu	u		Unassigned					
18181	t	a	opsec-cvp	OPSEC CVP					
18181	u	a	opsec-cvp	OPSEC CVP					
18182	t	a	opsec-ufp	OPSEC UFP					
18182	u	a	opsec-ufp	OPSEC UFP					
18183	t	a	opsec-sam	OPSEC SAM					
18183	u	a	opsec-sam	OPSEC SAM					
18184	t	a	opsec-lea	OPSEC LEA					
18184	u	a	opsec-lea	OPSEC LEA					
18185	t	a	opsec-omi	OPSEC OMI					
18185	u	a	opsec-omi	OPSEC OMI					
18186	t	a	ohsc	Occupational Health SC				2003-08	
18186	u	a	ohsc	Occupational Health Sc				2003-08	
18187	t	a	opsec-ela	OPSEC ELA					
18187	u	a	opsec-ela	OPSEC ELA					
18188-18240	tu	u		Unassigned					
18241	t	a	checkpoint-rtm	Check Point RTM					
18241	u	a	checkpoint-rtm	Check Point RTM					
18242	t	a	iclid	Checkpoint router monitoring				2012-06-28	
18242	u	r		Reserved					
18243	t	a	clusterxl	Checkpoint router state backup				2012-06-28	
18243	u	r		Reserved					
18244-18258	tu	u		Unassigned					
18259	tu	u		Unassigned			Known Unauthorized Use on port 18259		
18260-18261	tu	u		Unassigned					
18262	t	a	gv-pf	GV NetConfig Service				2008-01-29	
18262	u	a	gv-pf	GV NetConfig Service				2008-01-29	
18263-18462	tu	u		Unassigned					
18463	t	a	ac-cluster	AC Cluster					
18463	u	a	ac-cluster	AC Cluster					
18464-18515	tu	u		Unassigned					
18516	t	r		Reserved					
18516	u	a	heythings	HeyThings Device communicate service		Defined TXT keys: heythings		2020-05-13	
18517-18633	tu	u		Unassigned					
18634	t	a	rds-ib	Reliable Datagram Service				2009-02-27	
18634	u	a	rds-ib	Reliable Datagram Service				2009-02-27	
18635	t	a	rds-ip	Reliable Datagram Service over IP				2009-05-20	
18635	u	a	rds-ip	Reliable Datagram Service over IP				2009-05-20	
18636-18667	tu	u		Unassigned					
18668	t	a	vdmmesh	Manufacturing Execution Systems Mesh Communication				2016-10-31	
18668	u	a	vdmmesh-disc	Manufacturing Execution Systems Mesh Communication				2016-10-31	
18669-18768	tu	u		Unassigned					
18769	t	a	ique	IQue Protocol				2002-07	
18769	u	a	ique	IQue Protocol				2002-07	
18770-18880	tu	u		Unassigned					
18881	t	a	infotos	Infotos				2004-11	
18881	u	a	infotos	Infotos				2004-11	
18882-18887	tu	u		Unassigned					
18888	t	a	apc-necmp	APCNECMP					
18888	u	a	apc-necmp	APCNECMP					
18889-18999	tu	u		Unassigned					
19000	t	a	igrid	iGrid Server				2004-11	
19000	u	a	igrid	iGrid Server				2004-11	
19001-19006	tu	u		Unassigned					
19007	t	a	scintilla	Scintilla protocol for device services				2014-03-04	
19007	u	a	scintilla	Scintilla protocol for device services				2014-03-04	
19008-19019	tu	u		Unassigned					
19020	t	a	j-link	J-Link TCP/IP Protocol					
19020	u	r		Reserved					
19021-19190	tu	u		Unassigned					
19191	t	a	opsec-uaa	OPSEC UAA					
19191	u	a	opsec-uaa	OPSEC UAA					
19192-19193	tu	u		Unassigned					
19194	t	a	ua-secureagent	UserAuthority SecureAgent				2003-01	
19194	u	a	ua-secureagent	UserAuthority SecureAgent				2003-01	
19195-19219	tu	u		Unassigned					
19220	t	a	cora	Client Connection Management and Data Exchange Service				2016-11-10	
19220	u	a	cora-disc	Discovery for Client Connection Management and Data Exchange Service				2016-11-10	
19221-19282	tu	u		Unassigned					
19283	t	a	keysrvr	Key Server for SASSAFRAS					
19283	u	a	keysrvr	Key Server for SASSAFRAS					
19284-19314	tu	u		Unassigned					
19315	t	a	keyshadow	Key Shadow for SASSAFRAS					
19315	u	a	keyshadow	Key Shadow for SASSAFRAS					
19316-19397	tu	u		Unassigned					
19398	t	a	mtrgtrans	mtrgtrans					
19398	u	a	mtrgtrans	mtrgtrans					
19399-19409	tu	u		Unassigned					
19410	t	a	hp-sco	hp-sco					
19410	u	a	hp-sco	hp-sco					
19411	t	a	hp-sca	hp-sca					
19411	u	a	hp-sca	hp-sca					
19412	t	a	hp-sessmon	HP-SESSMON					
19412	u	a	hp-sessmon	HP-SESSMON					
19413-19538	tu	u		Unassigned					
19539	t	a	fxuptp	FXUPTP				2005-08	
19539	u	a	fxuptp	FXUPTP				2005-08	
19540	t	a	sxuptp	SXUPTP				2002-08	
19540	u	a	sxuptp	SXUPTP				2002-08	
19541	t	a	jcp	JCP Client					
19541	u	a	jcp	JCP Client					
19542-19787	tu	u		Unassigned					
19788	u	a	mle	Mesh Link Establishment				2012-12-18	
19788	t	r		Reserved					
19789	tu	u		Unassigned					
19790	t	a	faircom-db	FairCom Database				2020-12-04	
19790	u	r		Reserved					
19791-19997	tu	u		Unassigned					
19998	t	a	iec-104-sec	IEC 60870-5-104 process control - secure				2010-10-18	
19998	u	r		Reserved					
19999	t	a	dnp-sec	Distributed Network Protocol - Secure				2008-08-04	
19999	u	a	dnp-sec	Distributed Network Protocol - Secure				2008-08-04	
19999	s	a	dnp-sec	Distributed Network Protocol - secured				2022-12-20	
20000	t	a	dnp	DNP					
20000	u	a	dnp	DNP					
20000	s	a	dnp	Distributed Network Protocol				2022-12-20	
20001	t	a	microsan	MicroSAN				2004-02	
20001	u	a	microsan	MicroSAN				2004-02	
20002	t	a	commtact-http	Commtact HTTP				2004-12	
20002	u	a	commtact-http	Commtact HTTP				2004-12	
20003	t	a	commtact-https	Commtact HTTPS				2004-12	
20003	u	a	commtact-https	Commtact HTTPS				2004-12	
20004	tu	u		Unassigned					
20005	t	a	openwebnet	OpenWebNet protocol for electric network				2008-04-09	
20005	u	a	openwebnet	OpenWebNet protocol for electric network				2008-04-09	
20006-20011	tu	u		Unassigned					
20012	t	r		Reserved					
20012	u	a	ss-idi-disc	Samsung Interdevice Interaction discovery					
20013	t	a	ss-idi	Samsung Interdevice Interaction					
20013	u	r		Reserved					
20014	t	a	opendeploy	OpenDeploy Listener				2005-08	
20014	u	a	opendeploy	OpenDeploy Listener				2005-08	
20015-20033	tu	u		Unassigned					
20034	t	a	nburn-id	NetBurner ID Port\nIANA assigned this well-formed service name as a replacement for "nburn_id".				2003-11	
20034	t	a	nburn_id	NetBurner ID Port		This entry is an alias to "nburn-id".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2003-11	
20034	u	a	nburn-id	NetBurner ID Port\nIANA assigned this well-formed service name as a replacement for "nburn_id".				2003-11	
20034	u	a	nburn_id	NetBurner ID Port		This entry is an alias to "nburn-id".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2003-11	
20035-20045	tu	u		Unassigned					
20046	t	a	tmophl7mts	TMOP HL7 Message Transfer Service				2009-07-31	
20046	u	a	tmophl7mts	TMOP HL7 Message Transfer Service				2009-07-31	
20047	tu	u		Unassigned					
20048	t	a	mountd	NFS mount protocol				2010-08-09	
20048	u	a	mountd	NFS mount protocol				2010-08-09	
20049	t	a	nfsrdma	Network File System (NFS) over RDMA	RFC8267				2017-09-05
20049	u	a	nfsrdma	Network File System (NFS) over RDMA	RFC8267				2017-09-05
20049	s	a	nfsrdma	Network File System (NFS) over RDMA	RFC8267				2017-09-05
20050-20056	tu	u		Unassigned					
20057	t	a	avesterra	AvesTerra Hypergraph Transfer Protocol (HGTP)				2016-06-06	
20057	u	r		Reserved					
20058-20166	tu	u		Unassigned					
20167	t	a	tolfab	TOLfab Data Change				2006-03	
20167	u	a	tolfab	TOLfab Data Change				2006-03	
20168-20201	tu	u		Unassigned					
20202	t	a	ipdtp-port	IPD Tunneling Port				2003-01	
20202	u	a	ipdtp-port	IPD Tunneling Port				2003-01	
20203-20221	tu	u		Unassigned					
20222	t	a	ipulse-ics	iPulse-ICS					
20222	u	a	ipulse-ics	iPulse-ICS					
20223-20479	tu	u		Unassigned					
20480	t	a	emwavemsg	emWave Message Service				2008-02-14	
20480	u	a	emwavemsg	emWave Message Service				2008-02-14	
20481-20669	tu	u		Unassigned					
20670	t	a	track	Track					
20670	u	a	track	Track					
20671-20809	tu	u		Unassigned					
20810	t	a	crtech-nlm	CRTech NLM				2021-06-24	
20810	u	r		Reserved					
20811-20998	tu	u		Unassigned					
20999	t	a	athand-mmp	At Hand MMP					
20999	u	a	athand-mmp	AT Hand MMP					
21000	t	a	irtrans	IRTrans Control				2004-11	
21000	u	a	irtrans	IRTrans Control				2004-11	
21001-21009	tu	u		Unassigned					
21010	t	a	notezilla-lan	Notezilla.Lan Server				2013-08-20	
21010	u	r		Reserved					
21011-21211	tu	u		Unassigned					
21212	t	a	trinket-agent	Distributed artificial intelligence				2017-11-29	
21212	u	r		Reserved					
21213	t	a	cohesity-agent	Cohesity backup agents				2019-08-01	
21213	u	r		Reserved					
21214-21220	tu	u		Unassigned					
21221	t	a	aigairserver	Services for Air Server				2017-03-16	
21221	u	r		Reserved					
21222-21552	tu	u		Unassigned					
21553	t	a	rdm-tfs	Raima RDM TFS				2011-05-02	
21553	u	r		Reserved					
21554	t	a	dfserver	MineScape Design File Server				2006-06	
21554	u	a	dfserver	MineScape Design File Server				2006-06	
21555-21589	tu	u		Unassigned					
21590	t	a	vofr-gateway	VoFR Gateway					
21590	u	a	vofr-gateway	VoFR Gateway					
21591-21799	tu	u		Unassigned					
21800	t	a	tvpm	TVNC Pro Multiplexing					
21800	u	a	tvpm	TVNC Pro Multiplexing					
21801	t	a	sal	Safe AutoLogon				2022-07-05	2022-07-06
21802-21844	tu	u		Unassigned					
21845	t	a	webphone	webphone					
21845	u	a	webphone	webphone					
21846	t	a	netspeak-is	NetSpeak Corp. Directory Services					
21846	u	a	netspeak-is	NetSpeak Corp. Directory Services					
21847	t	a	netspeak-cs	NetSpeak Corp. Connection Services					
21847	u	a	netspeak-cs	NetSpeak Corp. Connection Services					
21848	t	a	netspeak-acd	NetSpeak Corp. Automatic Call Distribution					
21848	u	a	netspeak-acd	NetSpeak Corp. Automatic Call Distribution					
21849	t	a	netspeak-cps	NetSpeak Corp. Credit Processing System					
21849	u	a	netspeak-cps	NetSpeak Corp. Credit Processing System					
21850-21999	tu	u		Unassigned					
22000	t	a	snapenetio	SNAPenetIO					
22000	u	a	snapenetio	SNAPenetIO					
22001	t	a	optocontrol	OptoControl					
22001	u	a	optocontrol	OptoControl					
22002	t	a	optohost002	Opto Host Port 2				2006-09	
22002	u	a	optohost002	Opto Host Port 2				2006-09	
22003	t	a	optohost003	Opto Host Port 3				2006-09	
22003	u	a	optohost003	Opto Host Port 3				2006-09	
22004	t	a	optohost004	Opto Host Port 4				2006-09	
22004	u	a	optohost004	Opto Host Port 4				2006-09	
22005	t	a	optohost004	Opto Host Port 5				2006-09	
22005	u	a	optohost004	Opto Host Port 5				2006-09	
22006-22124	tu	u		Unassigned					
22125	t	a	dcap	dCache Access Protocol				2009-03-10	
22125	u	r		Reserved					
22126-22127	tu	u		Unassigned					
22128	t	a	gsidcap	GSI dCache Access Protocol				2009-03-10	
22128	u	r		Reserved					
22129-22221	tu	u		Unassigned					
22222	t	a	easyengine	EasyEngine is CLI tool to manage WordPress Sites on Nginx server				2014-03-10	
22222	u	r		Reserved					
22223-22272	tu	u		Unassigned					
22273	t	a	wnn6	wnn6					
22273	u	a	wnn6	wnn6					
22274-22304	tu	u		Unassigned					
22305	t	a	cis	CompactIS Tunnel				2007-08-16	
22305	u	a	cis	CompactIS Tunnel				2007-08-16	
22306-22332	tu	u		Unassigned					
22333	t	a	showcockpit-net	ShowCockpit Networking				2020-11-18	
22333	u	a	showcockpit-net	ShowCockpit Networking				2020-11-18	
22334	tu	u		Unassigned					
22335	t	a	shrewd-control	Initium Labs Security and Automation Control				2015-03-06	
22335	u	a	shrewd-stream	Initium Labs Security and Automation Streaming				2015-03-06	
22336-22342	tu	u		Unassigned					
22343	t	a	cis-secure	CompactIS Secure Tunnel				2007-08-16	
22343	u	a	cis-secure	CompactIS Secure Tunnel				2007-08-16	
22344-22346	tu	u		Unassigned					
22347	t	a	wibukey	WibuKey Standard WkLan				2007-06	
22347	u	a	wibukey	WibuKey Standard WkLan				2007-06	
22348-22349	tu	u		Unassigned					
22350	t	a	codemeter	CodeMeter Standard				2007-06	
22350	u	a	codemeter	CodeMeter Standard				2007-06	
22351	t	a	codemeter-cmwan	TPC/IP requests of copy protection software to a server				2013-06-25	
22351	u	r		Reserved					
22352-22536	tu	u		Unassigned					
22537	t	a	caldsoft-backup	CaldSoft Backup server file transfer				2011-08-12	
22537	u	r		Reserved					
22538-22554	tu	u		Unassigned					
22555	t	a	vocaltec-wconf	Vocaltec Web Conference					
22555	u	a	vocaltec-phone	Vocaltec Internet Phone					
22556-22762	tu	u		Unassigned					
22763	t	a	talikaserver	Talika Main Server				2006-12	
22763	u	a	talikaserver	Talika Main Server				2006-12	
22764-22799	tu	u		Unassigned					
22800	t	a	aws-brf	Telerate Information Platform LAN					
22800	u	a	aws-brf	Telerate Information Platform LAN					
22801-22950	tu	u		Unassigned					
22951	t	a	brf-gw	Telerate Information Platform WAN					
22951	u	a	brf-gw	Telerate Information Platform WAN					
22952-22999	tu	u		Unassigned					
23000	t	a	inovaport1	Inova LightLink Server Type 1				2006-10	
23000	u	a	inovaport1	Inova LightLink Server Type 1				2006-10	
23001	t	a	inovaport2	Inova LightLink Server Type 2				2006-10	
23001	u	a	inovaport2	Inova LightLink Server Type 2				2006-10	
23002	t	a	inovaport3	Inova LightLink Server Type 3				2006-10	
23002	u	a	inovaport3	Inova LightLink Server Type 3				2006-10	
23003	t	a	inovaport4	Inova LightLink Server Type 4				2006-10	
23003	u	a	inovaport4	Inova LightLink Server Type 4				2006-10	
23004	t	a	inovaport5	Inova LightLink Server Type 5				2006-10	
23004	u	a	inovaport5	Inova LightLink Server Type 5				2006-10	
23005	t	a	inovaport6	Inova LightLink Server Type 6				2006-10	
23005	u	a	inovaport6	Inova LightLink Server Type 6				2006-10	
23006-23052	tu	u		Unassigned					
23053	t	a	gntp	Generic Notification Transport Protocol				2012-02-07	
23053	u	r		Reserved					
23054-23271	tu	u		Unassigned					
23272	t	r		Reserved					
23272	u	a	s102	S102 application				2009-08-26	
23273-23293	tu	u		Unassigned					
23294	t	a	5afe-dir	5AFE SDN Directory				2016-04-01	
23294	u	a	5afe-disc	5AFE SDN Directory discovery				2016-04-01	
23295-23332	tu	u		Unassigned					
23333	t	a	elxmgmt	Emulex HBAnyware Remote Management				2007-11-06	
23333	u	a	elxmgmt	Emulex HBAnyware Remote Management				2007-11-06	
23334-23399	tu	u		Unassigned					
23400	t	a	novar-dbase	Novar Data				2006-02	
23400	u	a	novar-dbase	Novar Data				2006-02	
23401	t	a	novar-alarm	Novar Alarm				2006-02	
23401	u	a	novar-alarm	Novar Alarm				2006-02	
23402	t	a	novar-global	Novar Global				2006-02	
23402	u	a	novar-global	Novar Global				2006-02	
23403-23455	tu	u		Unassigned					
23456	t	a	aequus	Aequus Service				2009-02-12	
23456	u	r		Reserved					
23457	t	a	aequus-alt	Aequus Service Mgmt				2009-02-12	
23457	u	r		Reserved					
23458-23545	tu	u		Unassigned					
23546	t	a	areaguard-neo	AreaGuard Neo - WebServer				2012-05-31	
23546	u	r		Reserved					
23547-23999	tu	u		Unassigned					
24000	t	a	med-ltp	med-ltp					
24000	u	a	med-ltp	med-ltp					
24001	t	a	med-fsp-rx	med-fsp-rx					
24001	u	a	med-fsp-rx	med-fsp-rx					
24002	t	a	med-fsp-tx	med-fsp-tx					
24002	u	a	med-fsp-tx	med-fsp-tx					
24003	t	a	med-supp	med-supp					
24003	u	a	med-supp	med-supp					
24004	t	a	med-ovw	med-ovw					
24004	u	a	med-ovw	med-ovw					
24005	t	a	med-ci	med-ci					
24005	u	a	med-ci	med-ci					
24006	t	a	med-net-svc	med-net-svc					
24006	u	a	med-net-svc	med-net-svc					
24007-24241	tu	u		Unassigned					
24242	t	a	filesphere	fileSphere					
24242	u	a	filesphere	fileSphere					
24243-24248	tu	u		Unassigned					
24249	t	a	vista-4gl	Vista 4GL					2020-01-06
24249	u	a	vista-4gl	Vista 4GL					2020-01-06
24250-24320	tu	u		Unassigned					
24321	t	a	ild	Isolv Local Directory				2005-08	
24321	u	a	ild	Isolv Local Directory				2005-08	
24322	u	a	hid	Transport of Human Interface Device data streams				2012-12-14	
24322	t	r		Reserved					
24323	t	a	vrmg-ip	Verimag mobile class protocol over TCP				2018-08-15	
24323	u	r		Reserved					
24324-24385	tu	u		Unassigned					
24386	t	a	intel-rci	Intel RCI\nIANA assigned this well-formed service name as a replacement for "intel_rci".					
24386	t	a	intel_rci	Intel RCI		This entry is an alias to "intel-rci".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
24386	u	a	intel-rci	Intel RCI\nIANA assigned this well-formed service name as a replacement for "intel_rci".					
24386	u	a	intel_rci	Intel RCI		This entry is an alias to "intel-rci".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
24387-24464	tu	u		Unassigned					
24465	t	a	tonidods	Tonido Domain Server				2008-07-18	
24465	u	a	tonidods	Tonido Domain Server				2008-07-18	
24466-24553	tu	u		Unassigned					
24554	t	a	binkp	BINKP					2020-06-02
24554	u	a	binkp	BINKP					2020-06-02
24555-24576	tu	u		Unassigned					
24577	t	a	bilobit	bilobit Service				2014-08-15	
24577	u	a	bilobit-update	bilobit Service Update				2014-08-15	
24578-24665	tu	u		Unassigned					
24666	t	a	sdtvwcam	Service used by SmarDTV to communicate between a CAM and a second screen application				2015-03-04	
24666	u	r		Reserved					
24667-24675	tu	u		Unassigned					
24676	t	a	canditv	Canditv Message Service				2009-03-10	
24676	u	a	canditv	Canditv Message Service				2009-03-10	
24677	t	a	flashfiler	FlashFiler					
24677	u	a	flashfiler	FlashFiler					
24678	t	a	proactivate	Turbopower Proactivate					
24678	u	a	proactivate	Turbopower Proactivate					
24679	tu	u		Unassigned					
24680	t	a	tcc-http	TCC User HTTP Service				2006-08	
24680	u	a	tcc-http	TCC User HTTP Service				2006-08	
24681-24726	tu	u		Unassigned					
24727	tu	u		Unassigned			Unauthorized Use Known on port 24727		
24728-24753	tu	u		Unassigned					
24754	t	a	cslg	Citrix StorageLink Gateway				2009-04-17	
24754	u	r		Reserved					
24755-24849	tu	u		Unassigned					
24850	t	r		Reserved					
24850	u	a	assoc-disc	Device Association Discovery				2012-06-27	
24851-24921	tu	u		Unassigned					
24922	t	a	find	Find Identification of Network Devices					
24922	u	a	find	Find Identification of Network Devices					
24923-24999	tu	u		Unassigned					
25000	t	a	icl-twobase1	icl-twobase1					
25000	u	a	icl-twobase1	icl-twobase1					
25001	t	a	icl-twobase2	icl-twobase2					
25001	u	a	icl-twobase2	icl-twobase2					
25002	t	a	icl-twobase3	icl-twobase3					
25002	u	a	icl-twobase3	icl-twobase3					
25003	t	a	icl-twobase4	icl-twobase4					
25003	u	a	icl-twobase4	icl-twobase4					
25004	t	a	icl-twobase5	icl-twobase5					
25004	u	a	icl-twobase5	icl-twobase5					
25005	t	a	icl-twobase6	icl-twobase6					
25005	u	a	icl-twobase6	icl-twobase6					
25006	t	a	icl-twobase7	icl-twobase7					
25006	u	a	icl-twobase7	icl-twobase7					
25007	t	a	icl-twobase8	icl-twobase8					
25007	u	a	icl-twobase8	icl-twobase8					
25008	t	a	icl-twobase9	icl-twobase9					
25008	u	a	icl-twobase9	icl-twobase9					
25009	t	a	icl-twobase10	icl-twobase10					
25009	u	a	icl-twobase10	icl-twobase10					
25010-25099	tu	u		Unassigned					
25100	t	a	db2c-tls	IBM Db2 Client Interface - Encrypted				2024-03-05	
25100	u	r		Reserved					
25101-25470	tu	u		Unassigned					
25471	s	a	rna	RNSAP User Adaptation for Iurh				2011-02-07	
25472-25575	tu	u		Unassigned					
25576	t	a	sauterdongle	Sauter Dongle				2010-12-15	
25576	u	r		Reserved					
25577-25603	tu	u		Unassigned					
25604	t	a	idtp	Identifier Tracing Protocol				2011-08-09	
25604	u	r		Reserved					
25605-25792	tu	u		Unassigned					
25793	t	a	vocaltec-hos	Vocaltec Address Server					
25793	u	a	vocaltec-hos	Vocaltec Address Server					
25794-25899	tu	u		Unassigned					
25900	t	a	tasp-net	TASP Network Comm				2004-11	
25900	u	a	tasp-net	TASP Network Comm				2004-11	
25901	t	a	niobserver	NIObserver					
25901	u	a	niobserver	NIObserver					
25902	t	a	nilinkanalyst	NILinkAnalyst				2007-08-30	
25902	u	a	nilinkanalyst	NILinkAnalyst				2007-08-30	
25903	t	a	niprobe	NIProbe					
25903	u	a	niprobe	NIProbe					
25904-25953	tu	u		Unassigned					
25954	u	a	bf-game	Bitfighter game server				2012-08-16	
25954	t	r		Reserved					
25955	u	a	bf-master	Bitfighter master server				2012-08-16	
25955	t	r		Reserved					
25956-25999	tu	u		Unassigned					
26000	t	a	quake	quake					
26000	u	a	quake	quake					
26001-26132	tu	u		Unassigned					
26133	t	a	scscp	Symbolic Computation Software Composability Protocol				2007-11-27	
26133	u	a	scscp	Symbolic Computation Software Composability Protocol				2007-11-27	
26134-26207	tu	u		Unassigned					
26208	t	a	wnn6-ds	wnn6-ds					
26208	u	a	wnn6-ds	wnn6-ds					
26209-26256	tu	u		Unassigned					
26257	t	a	cockroach	CockroachDB				2015-09-29	
26257	u	r		Reserved					
26258-26259	tu	u		Unassigned					
26260	t	a	ezproxy	eZproxy					
26260	u	a	ezproxy	eZproxy					
26261	t	a	ezmeeting	eZmeeting					
26261	u	a	ezmeeting	eZmeeting					
26262	t	a	k3software-svr	K3 Software-Server					
26262	u	a	k3software-svr	K3 Software-Server					
26263	t	a	k3software-cli	K3 Software-Client					
26263	u	a	k3software-cli	K3 Software-Client					
26264	tu	u		De-registered					2006-04-06
26265-26485	tu	u		Unassigned					
26486	t	a	exoline-tcp	EXOline-TCP				2008-12-24	2018-09-13
26486	u	a	exoline-udp	EXOline-UDP				2008-12-24	2018-09-13
26487	t	a	exoconfig	EXOconfig				2008-12-24	
26487	u	a	exoconfig	EXOconfig				2008-12-24	
26488	tu	u		Unassigned					
26489	t	a	exonet	EXOnet				2008-12-24	
26489	u	a	exonet	EXOnet				2008-12-24	
26490-26999	tu	u		Unassigned					
27000-27009	tu	a	flex-lm	FLEX LM (1-10)					2018-02-15
27010	t	a	flex-lmadmin	A protocol for managing license services				2018-08-22	
27010	u	r		Reserved					
27011-27015	tu	u		Unassigned					
27016	t	a	chlenix	Cloud hosting environment network				2024-09-23	
27016	u	r		Reserved					
27017	t	a	mongodb	Mongo database system				2019-02-21	
27017	u	r		Reserved					
27018-27344	tu	u		Unassigned			Unauthorized Use Known on ports 27018 and 27019		
27345	t	a	imagepump	ImagePump					
27345	u	a	imagepump	ImagePump					
27346-27441	tu	u		Unassigned					
27442	t	a	jesmsjc	Job controller service				2010-10-15	
27442	u	a	jesmsjc	Job controller service				2010-10-15	
27443-27503	tu	u		Unassigned					
27504	t	a	kopek-httphead	Kopek HTTP Head Port				2002-07	
27504	u	a	kopek-httphead	Kopek HTTP Head Port				2002-07	
27505-27781	tu	u		Unassigned					
27782	t	a	ars-vista	ARS VISTA Application				2004-11	
27782	u	a	ars-vista	ARS VISTA Application				2004-11	
27783-27875	tu	u		Unassigned					
27876	t	a	astrolink	Astrolink Protocol				2013-01-14	
27876	u	r		Reserved					
27877-27998	tu	u		Unassigned					
27999	t	a	tw-auth-key	TW Authentication/Key Distribution and					
27999	u	a	tw-auth-key	Attribute Certificate Services					
28000	t	a	nxlmd	NX License Manager			Unauthorized Use Known on port 28000	2004-11	
28000	u	a	nxlmd	NX License Manager				2004-11	
28001	t	a	pqsp	PQ Service				2009-09-15	
28001	u	r		Reserved					
28002-28009	tu	u		Unassigned					
28010	t	a	gruber-cashreg	Gruber cash registry protocol				2019-12-31	
28010	u	r		Reserved					
28011-28079	tu	u		Unassigned			Unauthorized Use Known on ports 28017, 28018 and 28019		
28080	t	a	thor-engine	thor/server - ML engine				2021-09-29	2021-10-01
28080	u	r		Reserved					
28081-28118	tu	u		Unassigned					
28119	t	r		Reserved					
28119	u	a	a27-ran-ran	A27 cdma2000 RAN Management				2012-04-13	
28120-28199	tu	u		Unassigned					
28200	t	a	voxelstorm	VoxelStorm game server				2012-11-08	
28200	u	a	voxelstorm	VoxelStorm game server				2012-11-08	
28201-28239	tu	u		Unassigned					
28240	t	a	siemensgsm	Siemens GSM				2004-11	
28240	u	a	siemensgsm	Siemens GSM				2004-11	
28241-28588	tu	u		Unassigned					
28589	t	a	bosswave	Building operating system services wide area verified exchange				2016-06-13	
28589	u	r		Reserved					
28590-28999	tu	u		Unassigned					
29000	t	a	saltd-licensing	Siemens Licensing Server				2020-06-08	
29000	u	r		Reserved					
29001-29117	tu	u		Unassigned					
29118	t	r		Reserved					
29118	u	r		Reserved					
29118	s	a	sgsap	SGsAP in 3GPP				2009-06-11	
29119-29166	tu	u		Unassigned					
29167	t	a	otmp	ObTools Message Protocol				2006-02	
29167	u	a	otmp	ObTools Message Protocol				2006-02	
29168	t	r		Reserved					
29168	u	r		Reserved					
29168	s	a	sbcap	SBcAP in 3GPP				2009-06-11	
29169	s	a	iuhsctpassoc	HNBAP and RUA Common Association				2009-09-08	
29170-29998	tu	u		Unassigned					
29999	t	a	bingbang	data exchange protocol for IEC61850 in wind power plants				2012-10-15	
29999	u	r		Reserved					
30000	t	a	ndmps	Secure Network Data Management Protocol				2013-02-05	
30000	u	r		Reserved					
30001	t	a	pago-services1	Pago Services 1				2002-03	
30001	u	a	pago-services1	Pago Services 1				2002-03	
30002	t	a	pago-services2	Pago Services 2				2002-03	
30002	u	a	pago-services2	Pago Services 2				2002-03	
30003	t	a	amicon-fpsu-ra	Amicon FPSU-IP Remote Administration				2013-04-25	
30003	u	a	amicon-fpsu-ra	Amicon FPSU-IP Remote Administration				2013-04-25	
30004	u	a	amicon-fpsu-s	Amicon FPSU-IP VPN				2013-04-25	
30004	t	r		Reserved					
30005-30099	tu	u		Unassigned					
30100	t	a	rwp	Remote Window Protocol				2015-05-20	
30100	u	r		Reserved					
30100	s	a	rwp	Remote Window Protocol				2015-05-20	
30101-30259	tu	u		Unassigned					
30260	t	a	kingdomsonline	Kingdoms Online (CraigAvenue)				2009-08-18	
30260	u	a	kingdomsonline	Kingdoms Online (CraigAvenue)				2009-08-18	
30261-30399	tu	u		Unassigned					
30400	t	a	gs-realtime	GroundStar RealTime System				2017-08-10	2017-12-13
30400	u	r		Reserved					
30401-30831	tu	u		Unassigned					
30832	u	a	samsung-disc	Samsung Convergence Discovery Protocol				2013-05-29	
30832	t	r		Reserved					
30833-30998	tu	u		Unassigned					
30999	t	a	ovobs	OpenView Service Desk Client				2006-05	
30999	u	a	ovobs	OpenView Service Desk Client				2006-05	
31000-31015	tu	u		Unassigned					
31016	t	a	ka-sddp	Kollective Agent Secure Distributed Delivery Protocol				2016-12-11	
31016	u	a	ka-kdp	Kollective Agent Kollective Delivery Protocol				2016-12-11	
31017-31019	tu	u		Unassigned					
31020	t	a	autotrac-acp	Autotrac ACP 245					
31020	u	r		Reserved					
31021-31028	tu	u		Unassigned					
31029	t	r		Reserved					
31029	u	a	yawn	YaWN - Yet Another Windows Notifier				2010-08-30	
31030-31336	tu	u		Unassigned					
31337	t	a	eldim	eldim is a secure file upload proxy				2021-05-14	
31337	u	a	eldim	eldim is a secure file upload proxy				2021-05-14	
31338-31399	tu	u		Unassigned					
31400	t	a	pace-licensed	PACE license server				2014-04-28	
31400	u	r		Reserved					
31401-31415	tu	u		Unassigned					
31416	t	a	xqosd	XQoS network monitor				2002-06	
31416	u	a	xqosd	XQoS network monitor				2002-06	
31417-31456	tu	u		Unassigned					
31457	t	a	tetrinet	TetriNET Protocol				2004-11	
31457	u	a	tetrinet	TetriNET Protocol				2004-11	
31458-31619	tu	u		Unassigned					
31620	t	a	lm-mon	lm mon				2003-06	
31620	u	a	lm-mon	lm mon				2003-06	
31621-31684	tu	u		Unassigned					
31685	t	a	dsx-monitor	DS Expert Monitor\nIANA assigned this well-formed service name as a replacement for "dsx_monitor".				2008-08-21	
31685	t	a	dsx_monitor	DS Expert Monitor		This entry is an alias to "dsx-monitor".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2008-08-21	
31685	u	r		Reserved					
31686-31764	tu	u		Unassigned					
31765	t	a	gamesmith-port	GameSmith Port				2002-08	
31765	u	a	gamesmith-port	GameSmith Port				2002-08	
31766-31947	tu	u		Unassigned					
31948	t	a	iceedcp-tx	Embedded Device Configuration Protocol TX\nIANA assigned this well-formed service name as a replacement for "iceedcp_tx".				2006-08	
31948	t	a	iceedcp_tx	Embedded Device Configuration Protocol TX		This entry is an alias to "iceedcp-tx".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
31948	u	a	iceedcp-tx	Embedded Device Configuration Protocol TX\nIANA assigned this well-formed service name as a replacement for "iceedcp_tx".				2006-08	
31948	u	a	iceedcp_tx	Embedded Device Configuration Protocol TX		This entry is an alias to "iceedcp-tx".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
31949	t	a	iceedcp-rx	Embedded Device Configuration Protocol RX\nIANA assigned this well-formed service name as a replacement for "iceedcp_rx".				2006-08	
31949	t	a	iceedcp_rx	Embedded Device Configuration Protocol RX		This entry is an alias to "iceedcp-rx".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
31949	u	a	iceedcp-rx	Embedded Device Configuration Protocol RX\nIANA assigned this well-formed service name as a replacement for "iceedcp_rx".				2006-08	
31949	u	a	iceedcp_rx	Embedded Device Configuration Protocol RX		This entry is an alias to "iceedcp-rx".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.		2006-08	
31950-32033	tu	u		Unassigned					
32034	t	a	iracinghelper	iRacing helper service				2007-08-30	
32034	u	a	iracinghelper	iRacing helper service				2007-08-30	
32035-32248	tu	u		Unassigned					
32249	t	a	t1distproc60	T1 Distributed Processor				2004-11	
32249	u	a	t1distproc60	T1 Distributed Processor				2004-11	
32250-32399	tu	u		Unassigned					
32400	t	a	plex	Plex multimedia				2016-06-02	
32400	u	r		Reserved					
32401-32482	tu	u		Unassigned					
32483	t	a	apm-link	Access Point Manager Link				2005-08	
32483	u	a	apm-link	Access Point Manager Link				2005-08	
32484-32634	tu	u		Unassigned					
32635	t	a	sec-ntb-clnt	SecureNotebook-CLNT				2004-11	
32635	u	a	sec-ntb-clnt	SecureNotebook-CLNT				2004-11	
32636	t	a	DMExpress	DMExpress					
32636	u	a	DMExpress	DMExpress					
32637-32766	tu	u		Unassigned					
32767	t	a	filenet-powsrm	FileNet BPM WS-ReliableMessaging Client				2006-08	
32767	u	a	filenet-powsrm	FileNet BPM WS-ReliableMessaging Client				2006-08	
32768	t	a	filenet-tms	Filenet TMS					
32768	u	a	filenet-tms	Filenet TMS					
32769	t	a	filenet-rpc	Filenet RPC					
32769	u	a	filenet-rpc	Filenet RPC					
32770	t	a	filenet-nch	Filenet NCH					
32770	u	a	filenet-nch	Filenet NCH					
32771	t	a	filenet-rmi	FileNET RMI					
32771	u	a	filenet-rmi	FileNet RMI					
32772	t	a	filenet-pa	FileNET Process Analyzer				2003-01	
32772	u	a	filenet-pa	FileNET Process Analyzer				2003-01	
32773	t	a	filenet-cm	FileNET Component Manager				2003-08	
32773	u	a	filenet-cm	FileNET Component Manager				2003-08	
32774	t	a	filenet-re	FileNET Rules Engine				2003-08	
32774	u	a	filenet-re	FileNET Rules Engine				2003-08	
32775	t	a	filenet-pch	Performance Clearinghouse				2005-11	
32775	u	a	filenet-pch	Performance Clearinghouse				2005-11	
32776	t	a	filenet-peior	FileNET BPM IOR				2006-05	
32776	u	a	filenet-peior	FileNET BPM IOR				2006-05	
32777	t	a	filenet-obrok	FileNet BPM CORBA				2006-10	
32777	u	a	filenet-obrok	FileNet BPM CORBA				2006-10	
32778-32800	tu	u		Unassigned					
32801	t	a	mlsn	Multiple Listing Service Network				2010-10-11	
32801	u	a	mlsn	Multiple Listing Service Network				2010-10-11	
32802-32810	tu	u		Unassigned					
32811	t	a	retp	Real Estate Transport Protocol				2010-10-11	
32811	u	r		Reserved					
32812-32895	tu	u		Unassigned					
32896	t	a	idmgratm	Attachmate ID Manager				2003-03	
32896	u	a	idmgratm	Attachmate ID Manager				2003-03	
32897-32999	tu	u		Unassigned					
33000	t	a	wg-endpt-comms	WatchGuard Endpoint Communications				2020-01-16	
33000	u	r		Reserved					
33001-33059	tu	u		Unassigned					
33060	t	a	mysqlx	MySQL Database Extended Interface				2015-08-06	
33060	u	r		Reserved					
33061-33122	tu	u		Unassigned					
33123	t	a	aurora-balaena	Aurora (Balaena Ltd)				2008-02-14	
33123	u	a	aurora-balaena	Aurora (Balaena Ltd)				2008-02-14	
33124-33330	tu	u		Unassigned					
33331	t	a	diamondport	DiamondCentral Interface				2002-07	
33331	u	a	diamondport	DiamondCentral Interface				2002-07	
33332	tu	u		Unassigned					
33333	t	a	dgi-serv	Digital Gaslight Service				2010-03-02	
33333	u	r		Reserved					
33334	t	a	speedtrace	SpeedTrace TraceAgent				2012-02-01	
33334	u	a	speedtrace-disc	SpeedTrace TraceAgent Discovery				2012-02-01	
33335-33433	tu	u		Unassigned					
33434	t	a	traceroute	traceroute use					
33434	u	a	traceroute	traceroute use					
33435	t	r		Reserved					
33435	u	a	mtrace	IP Multicast Traceroute	RFC8487		Known Unauthorized Use on port 33435	2017-12-13	2019-08-09
33436-33655	tu	u		Unassigned			Known Unauthorized Use on ports 33436-33534		
33656	t	a	snip-slave	SNIP Slave				2005-08	
33656	u	a	snip-slave	SNIP Slave				2005-08	
33657-33889	tu	u		Unassigned					
33890	t	a	digilent-adept	Adept IP protocol				2020-06-25	
33890	u	r		Reserved					
33891-34248	tu	u		Unassigned					
34249	t	a	turbonote-2	TurboNote Relay Server Default Port					
34249	u	a	turbonote-2	TurboNote Relay Server Default Port					
34250-34377	tu	u		Unassigned					
34378	t	a	p-net-local	P-Net on IP local				2004-02	
34378	u	a	p-net-local	P-Net on IP local				2004-02	
34379	t	a	p-net-remote	P-Net on IP remote				2004-02	
34379	u	a	p-net-remote	P-Net on IP remote				2004-02	
34380-34566	tu	u		Unassigned					
34567	t	a	dhanalakshmi	dhanalakshmi.org EDI Service				2010-04-20	
34567	u	a	edi_service	dhanalakshmi.org EDI Service				2016-10-26	
34568-34961	tu	u		Unassigned					
34962	t	a	profinet-rt	PROFInet RT Unicast				2004-11	
34962	u	a	profinet-rt	PROFInet RT Unicast				2004-11	
34963	t	a	profinet-rtm	PROFInet RT Multicast				2004-11	
34963	u	a	profinet-rtm	PROFInet RT Multicast				2004-11	
34964	t	a	profinet-cm	PROFInet Context Manager				2004-11	
34964	u	a	profinet-cm	PROFInet Context Manager				2004-11	
34965-34979	tu	u		Unassigned					
34980	t	a	ethercat	EtherCAT Port				2003-11	
34980	u	a	ethercat	EtherCAT Port				2003-11	
34981-34999	tu	u		Unassigned					
35000	t	a	heathview	HeathView				2013-03-21	
35000	u	r		Reserved					
35001	t	a	rt-viewer	ReadyTech Viewer				2013-09-13	
35001	u	a	rt-viewer	ReadyTech Viewer				2013-09-13	
35002	t	a	rt-sound	ReadyTech Sound Server				2013-09-13	
35002	u	r		Reserved					
35003	t	a	rt-devicemapper	ReadyTech DeviceMapper Server				2013-09-13	
35003	u	r		Reserved					
35004	t	a	rt-classmanager	ReadyTech ClassManager				2013-09-13	
35004	u	a	rt-classmanager	ReadyTech ClassManager				2013-09-13	
35005	t	a	rt-labtracker	ReadyTech LabTracker				2013-09-13	
35005	u	r		Reserved					
35006	t	a	rt-helper	ReadyTech Helper Service				2013-09-13	
35006	u	r		Reserved					
35007-35099	tu	u		Unassigned					
35100	t	a	axio-disc	Axiomatic discovery protocol				2016-12-09	
35100	u	a	axio-disc	Axiomatic discovery protocol				2016-12-09	
35101-35353	tu	u		Unassigned					
35354	t	a	kitim	KIT Messenger				2011-07-07	
35354	u	r		Reserved					
35355	t	a	altova-lm	Altova License Management				2011-07-07	
35355	u	a	altova-lm-disc	Altova License Management Discovery				2011-07-07	
35356	t	a	guttersnex	Gutters Note Exchange				2011-07-19	
35356	u	r		Reserved					
35357	t	a	openstack-id	OpenStack ID Service				2011-08-15	
35357	u	r		Reserved					
35358-36000	tu	u		Unassigned					
36001	t	a	allpeers	AllPeers Network				2007-04	
36001	u	a	allpeers	AllPeers Network				2007-04	
36002-36410	tu	u		Unassigned					
36411	u	a	wlcp	Wireless LAN Control plane Protocol (WLCP)				2014-11-14	
36411	t	r		Reserved					
36412	t	r		Reserved					
36412	u	r		Reserved					
36412	s	a	s1-control	S1-Control Plane (3GPP)				2009-09-01	
36413-36421	tu	u		Unassigned					
36422	t	r		Reserved					
36422	u	r		Reserved					
36422	s	a	x2-control	X2-Control Plane (3GPP)				2009-09-01	
36423	s	a	slmap	SLm Interface Application Protocol				2015-06-18	
36424	s	a	nq-ap	Nq and Nq' Application Protocol				2015-06-18	
36425-36442	tu	u		Unassigned					
36443	s	a	m2ap	M2 Application Part				2011-02-07	
36444	s	a	m3ap	M3 Application Part				2011-02-07	
36445-36461	tu	u		Unassigned					
36462	t	r		Reserved					
36462	u	r		Reserved					
36462	s	a	xw-control	Xw-Control Plane (3GPP)				2015-11-13	
36463-36523	tu	u		Unassigned					
36524	t	a	febooti-aw	Febooti Automation Workshop				2011-06-10	
36524	u	r		Reserved					
36525-36601	tu	u		Unassigned					
36602	t	a	observium-agent	Observium statistics collection agent				2013-05-10	
36602	u	r		Reserved					
36603-36699	tu	u		Unassigned					
36700	t	a	mapx	MapX communication				2014-10-13	
36700	u	r		Reserved					
36701-36864	tu	u		Unassigned					
36865	t	a	kastenxpipe	KastenX Pipe					
36865	u	a	kastenxpipe	KastenX Pipe					
36866-37471	tu	u		Unassigned					
37472	t	r		Reserved					
37472	u	r		Reserved					
37472	s	a	3gpp-w1ap	W1 signalling transport				2020-07-16	
37473-37474	tu	u		Unassigned					
37475	t	a	neckar	science + computing's Venus Administration Port				2002-02	
37475	u	a	neckar	science + computing's Venus Administration Port				2002-02	
37476-37482	tu	u		Unassigned					
37483	t	a	gdrive-sync	Google Drive Sync				2013-02-01	2015-07-31
37483	u	r		Reserved					
37484-37600	tu	u		Unassigned					
37601	t	a	eftp	Epipole File Transfer Protocol				2014-11-13	
37601	u	r		Reserved					
37602-37653	tu	u		Unassigned					
37654	t	a	unisys-eportal	Unisys ClearPath ePortal				2006-01	
37654	u	a	unisys-eportal	Unisys ClearPath ePortal				2006-01	
37655-37999	tu	u		Unassigned					
38000	t	a	ivs-database	InfoVista Server Database				2014-05-23	
38000	u	r		Reserved					
38001	t	a	ivs-insertion	InfoVista Server Insertion				2014-05-23	
38001	u	r		Reserved					
38002	t	a	cresco-control	Cresco Controller				2014-11-21	
38002	u	a	crescoctrl-disc	Cresco Controller Discovery				2014-11-21	
38003-38200	tu	u		Unassigned					
38201	t	a	galaxy7-data	Galaxy7 Data Tunnel				2002-09	
38201	u	a	galaxy7-data	Galaxy7 Data Tunnel				2002-09	
38202	t	a	fairview	Fairview Message Service		Defined TXT keys: DevID=<device id>, DevType=<device type>, DevStat=<device status>		2005-11	
38202	u	a	fairview	Fairview Message Service		Defined TXT keys: DevID=<device id>, DevType=<device type>, DevStat=<device status>		2005-11	
38203	t	a	agpolicy	AppGate Policy Server				2004-11	
38203	u	a	agpolicy	AppGate Policy Server				2004-11	
38204-38411	tu	u		Unassigned					
38412	t	r		Reserved					
38412	u	r		Reserved					
38412	s	a	ng-control	NG Control Plane (3GPP)				2017-05-18	2017-05-19
38413-38421	tu	u		Unassigned					
38422	t	r		Reserved					
38422	u	r		Reserved					
38422	s	a	xn-control	Xn Control Plane (3GPP)				2017-05-18	2017-05-19
38423-38461	tu	u		Unassigned					
38462	t	r		Reserved					
38462	u	r		Reserved					
38462	s	a	e1-interface	E1 signalling transport (3GPP)				2018-11-06	2018-11-15
38463-38471	tu	u		Unassigned					
38472	t	r		Reserved					
38472	u	r		Reserved					
38472	s	a	f1-control	F1 Control Plane (3GPP)				2017-06-23	
38473-38637	tu	u		Unassigned					
38638	t	a	psqlmws	Premier SQL Middleware Server				2022-02-15	
38638	u	r		Reserved					
38639-38799	tu	u		Unassigned					
38800	t	a	sruth	Sruth is a service for the distribution of routinely-\n      generated but arbitrary files based on a publish/subscribe\n      distribution model and implemented using a peer-to-peer transport\n      mechanism				2012-05-07	
38800	u	r		Reserved					
38801-38864	tu	u		Unassigned					
38865	t	a	secrmmsafecopya	Security approval process for use of the secRMM SafeCopy program				2012-03-14	
38865	u	r		Reserved					
38866-39062	tu	u		Unassigned					
39063	t	a	vroa	Children's hearing test/Telemedicine				2021-12-23	
39063	u	r		Reserved					
39064-39680	tu	u		Unassigned					
39681	t	a	turbonote-1	TurboNote Default Port					
39681	u	a	turbonote-1	TurboNote Default Port					
39682-39999	tu	u		Unassigned					
40000	t	a	safetynetp	SafetyNET p				2006-11	2022-12-15
40000	u	a	safetynetp	SafetyNET p				2006-11	2022-12-15
40001-40022	tu	u		Unassigned					
40023	t	r		Reserved					
40023	u	a	k-patentssensor	K-PatentsSensorInformation				2015-12-02	2021-02-02
40024-40403	tu	u		Unassigned					
40404	t	a	sptx	Simplify Printing TX				2013-12-09	
40404	u	r		Reserved					
40405-40840	tu	u		Unassigned					
40841	t	a	cscp	CSCP					
40841	u	a	cscp	CSCP					
40842	t	a	csccredir	CSCCREDIR					
40842	u	a	csccredir	CSCCREDIR					
40843	t	a	csccfirewall	CSCCFIREWALL					
40843	u	a	csccfirewall	CSCCFIREWALL					
40844-40852	tu	u		Unassigned					
40853	t	r		Reserved					
40853	u	a	ortec-disc	ORTEC Service Discovery				2010-11-22	
40854-41110	tu	u		Unassigned					
41111	t	a	fs-qos	Foursticks QoS Protocol				2002-04	
41111	u	a	fs-qos	Foursticks QoS Protocol				2002-04	
41112-41120	tu	u		Unassigned					
41121	t	a	tentacle	Tentacle Server				2009-06-02	
41121	u	r		Reserved					
41122-41229	tu	u		Unassigned					
41230	t	a	z-wave-s	Z-Wave Protocol over SSL/TLS				2015-06-26	
41230	u	a	z-wave-s	Z-Wave Protocol over DTLS				2015-06-26	
41231-41793	tu	u		Unassigned					
41794	t	a	crestron-cip	Crestron Control Port				2003-01	2019-10-17
41794	u	a	crestron-cip	Crestron Control Port				2003-01	2019-10-17
41795	t	a	crestron-ctp	Crestron Terminal Port				2003-01	2019-10-17
41795	u	a	crestron-ctp	Crestron Terminal Port				2003-01	2019-10-17
41796	t	a	crestron-cips	Crestron Secure Control Port				2012-06-27	2019-10-17
41796	u	r		Reserved					
41797	t	a	crestron-ctps	Crestron Secure Terminal Port				2012-06-27	2019-10-17
41797	u	r		Reserved					
41798-42507	tu	u		Unassigned			Unauthorized Use Known on port 42000		
42508	t	a	candp	Computer Associates network discovery protocol				2005-09	
42508	u	a	candp	Computer Associates network discovery protocol				2005-09	
42509	t	a	candrp	CA discovery response				2005-08	
42509	u	a	candrp	CA discovery response				2005-08	
42510	t	a	caerpc	CA eTrust RPC				2005-08	
42510	u	a	caerpc	CA eTrust RPC				2005-08	
42511-42998	tu	u		Unassigned					
42999	t	a	curiosity	API endpoint for search application				2022-12-09	
42999	u	r		Reserved					
43000	t	a	recvr-rc	Receiver Remote Control				2012-12-20	
43000	u	a	recvr-rc-disc	Receiver Remote Control Discovery				2012-12-20	
43001-43187	tu	u		Unassigned					
43188	t	a	reachout	REACHOUT					
43188	u	a	reachout	REACHOUT					
43189	t	a	ndm-agent-port	NDM-AGENT-PORT					
43189	u	a	ndm-agent-port	NDM-AGENT-PORT					
43190	t	a	ip-provision	IP-PROVISION					
43190	u	a	ip-provision	IP-PROVISION					
43191	t	a	noit-transport	Reconnoiter Agent Data Transport				2009-05-19	
43191	u	r		Reserved					
43192-43209	tu	u		Unassigned					
43210	t	a	shaperai	Shaper Automation Server Management				2012-06-22	
43210	u	a	shaperai-disc	Shaper Automation Server Management Discovery				2012-06-22	
43211-43437	tu	u		Unassigned					
43438	t	r		Reserved					
43438	u	a	hmip-routing	HmIP LAN Routing				2018-02-28	
43439	t	a	eq3-update	EQ3 firmware update				2012-02-10	2014-05-09
43439	u	a	eq3-config	EQ3 discovery and configuration				2012-02-10	2014-05-09
43440	t	a	ew-mgmt	Cisco EnergyWise Management					
43440	u	a	ew-disc-cmd	Cisco EnergyWise Discovery and Command Flooding				2009-05-19	
43441	t	a	ciscocsdb	Cisco NetMgmt DB Ports				2005-11	
43441	u	a	ciscocsdb	Cisco NetMgmt DB Ports				2005-11	
43442-44122	tu	u		Unassigned					
44123	t	a	z-wave-tunnel	Z-Wave Secure Tunnel				2012-10-12	2015-06-26
44123	u	r		Reserved					
44124-44320	tu	u		Unassigned					
44321	t	a	pmcd	PCP server (pmcd)				2010-12-20	
44321	u	a	pmcd	PCP server (pmcd)				2010-12-20	
44322	t	a	pmcdproxy	PCP server (pmcd) proxy				2003-07	2010-12-20
44322	u	a	pmcdproxy	PCP server (pmcd) proxy				2003-07	2010-12-20
44323	t	a	pmwebapi	HTTP binding for Performance Co-Pilot client API				2013-10-09	
44323	u	u		Unassigned		"pcp" assignment withdrawn, moved to port 5351 per RFC6887			
44324-44443	tu	u		Unassigned					
44444	t	a	cognex-dataman	Cognex DataMan Management Protocol				2012-08-28	
44444	u	r		Reserved					
44445	t	a	acronis-backup	Acronis Backup Gateway service port				2019-11-25	
44445	u	r		Reserved					
44446-44543	tu	u		Unassigned			Known UNAUTHORIZED USE: Ports 44515 & 44516		
44544	t	r		Reserved					
44544	u	a	domiq	DOMIQ Building Automation				2011-08-29	
44545-44552	tu	u		Unassigned					
44553	t	a	rbr-debug	REALbasic Remote Debug				2004-11	
44553	u	a	rbr-debug	REALbasic Remote Debug				2004-11	
44554-44599	tu	u		Unassigned					
44600	t	r		Reserved					
44600	u	a	asihpi	AudioScience HPI				2011-07-07	
44601-44817	tu	u		Unassigned					
44818	t	a	EtherNet-IP-2	EtherNet/IP messaging\nIANA assigned this well-formed service name as a replacement for "EtherNet/IP-2".		New contact added for port 44818 on 2008-02-01			
44818	t	a	EtherNet/IP-2	EtherNet/IP messaging		New contact added for port 44818 on 2008-02-01\nThis entry is an alias to "EtherNet-IP-2".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
44818	u	a	EtherNet-IP-2	EtherNet/IP messaging\nIANA assigned this well-formed service name as a replacement for "EtherNet/IP-2".		New contact added for port 44818 on 2008-02-01			
44818	u	a	EtherNet/IP-2	EtherNet/IP messaging		New contact added for port 44818 on 2008-02-01\nThis entry is an alias to "EtherNet-IP-2".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.			
44819-44899	tu	u		Unassigned					
44900	t	a	m3da	M3DA is used for efficient machine-to-machine communications				2013-02-22	
44900	u	a	m3da-disc	M3DA Discovery is used for efficient machine-to-machine communications				2013-02-22	
44901-44999	tu	u		Unassigned					
45000	t	a	asmp	Nuance AutoStore Status Monitoring Protocol (data transfer)				2011-09-01	2017-04-26
45000	u	a	asmp-mon	Nuance AutoStore Status Monitoring Protocol (device monitoring)				2011-09-01	2017-04-26
45001	t	a	asmps	Nuance AutoStore Status Monitoring Protocol (secure data transfer)				2011-09-01	2017-04-26
45001	u	r		Reserved					
45002	t	a	rs-status	Redspeed Status Monitor				2015-03-10	
45002	u	r		Reserved					
45003-45044	tu	u		Unassigned					
45045	t	a	synctest	Remote application control protocol				2013-04-08	
45045	u	r		Reserved					
45046-45053	tu	u		Unassigned					
45054	t	a	invision-ag	InVision AG					
45054	u	a	invision-ag	InVision AG					
45055-45184	tu	u		Unassigned					
45185	t	a	witsnet	Wire and Wireless transfer on synchroniz				2025-03-11	
45185	u	a	witsnet	Wire and Wireless transfer on synchroniz				2025-03-11	
45186-45513	tu	u		Unassigned					
45514	t	a	cloudcheck	ASSIA CloudCheck WiFi Management System				2016-08-29	
45514	u	a	cloudcheck-ping	ASSIA CloudCheck WiFi Management keepalive				2016-08-29	
45515-45677	tu	u		Unassigned					
45678	t	a	eba	EBA PRISE					
45678	u	a	eba	EBA PRISE					
45679-45823	tu	u		Unassigned					
45824	t	a	dai-shell	Server for the DAI family of client-server products				2012-04-30	
45824	u	r		Reserved					
45825	t	a	qdb2service	Qpuncture Data Access Service				2007-10-24	
45825	u	a	qdb2service	Qpuncture Data Access Service				2007-10-24	
45826-45965	tu	u		Unassigned					
45966	t	a	ssr-servermgr	SSRServerMgr					
45966	u	a	ssr-servermgr	SSRServerMgr					
45967-46335	tu	u		Unassigned					
46336	t	a	inedo	Listen port used for Inedo agent communication				2016-01-12	
46336	u	r		Reserved					
46337-46997	tu	u		Unassigned					
46998	t	a	spremotetablet	Connection between a desktop computer or server and a signature tablet to capture handwritten signatures				2012-07-19	2013-08-02
46998	u	r		Reserved					
46999	t	a	mediabox	MediaBox Server				2004-11	
46999	u	a	mediabox	MediaBox Server				2004-11	
47000	t	a	mbus	Message Bus					
47000	u	a	mbus	Message Bus					
47001	t	a	winrm	Windows Remote Management Service				2009-04-29	
47001	u	r		Reserved					
47002-47099	tu	u		Unassigned					
47100	u	a	jvl-mactalk	Configuration of motors connected to Industrial Ethernet				2012-12-21	
47100	t	r		Reserved					
47101-47556	tu	u		Unassigned					
47557	t	a	dbbrowse	Databeam Corporation					
47557	u	a	dbbrowse	Databeam Corporation					
47558-47623	tu	u		Unassigned					
47624	t	a	directplaysrvr	Direct Play Server					
47624	u	a	directplaysrvr	Direct Play Server					
47625-47805	tu	u		Unassigned					
47806	t	a	ap	ALC Protocol					
47806	u	a	ap	ALC Protocol					
47807	tu	u		Unassigned					
47808	t	a	bacnet	Building Automation and Control Networks				2011-02-10	
47808	u	a	bacnet	Building Automation and Control Networks				2011-02-10	
47809	u	a	presonus-ucnet	PreSonus Universal Control Network Protocol				2013-07-12	
47809	t	r		Reserved					
47810-47999	tu	u		Unassigned					
48000	t	a	nimcontroller	Nimbus Controller					
48000	u	a	nimcontroller	Nimbus Controller					
48001	t	a	nimspooler	Nimbus Spooler					
48001	u	a	nimspooler	Nimbus Spooler					
48002	t	a	nimhub	Nimbus Hub					
48002	u	a	nimhub	Nimbus Hub					
48003	t	a	nimgtw	Nimbus Gateway					
48003	u	a	nimgtw	Nimbus Gateway					
48004	t	a	nimbusdb	NimbusDB Connector				2011-01-24	
48004	u	r		Reserved					
48005	t	a	nimbusdbctrl	NimbusDB Control				2011-01-24	
48005	u	r		Reserved					
48006-48047	tu	u		Unassigned					
48048	t	a	juka	Juliar Programming Language Protocol				2018-02-16	2019-03-08
48048	u	r		Reserved					
48049	t	a	3gpp-cbsp	3GPP Cell Broadcast Service Protocol				2009-12-07	
48049	u	r		Reserved					
48050	t	a	weandsf	WeFi Access Network Discovery and Selection Function				2013-07-19	
48050	u	r		Reserved					
48051-48127	tu	u		Unassigned					
48128	t	a	isnetserv	Image Systems Network Services				2006-05	
48128	u	a	isnetserv	Image Systems Network Services				2006-05	
48129	t	a	blp5	Bloomberg locator				2006-05	
48129	u	a	blp5	Bloomberg locator				2006-05	
48130-48555	tu	u		Unassigned					
48556	t	a	com-bardac-dw	com-bardac-dw					
48556	u	a	com-bardac-dw	com-bardac-dw					
48557-48618	tu	u		Unassigned					
48619	t	a	iqobject	iqobject				2003-11	
48619	u	a	iqobject	iqobject				2003-11	
48620-48652	tu	u		Unassigned					
48653	t	a	robotraconteur	Robot Raconteur transport				2014-01-27	
48653	u	a	robotraconteur	Robot Raconteur transport				2014-01-27	
48654-48999	tu	u		Unassigned					
49000	t	a	matahari	Matahari Broker				2011-08-31	
49000	u	r		Reserved					
49001	t	a	nusrp	Nuance Unity Service Request Protocol				2017-04-20	
49001	u	a	nusdp-disc	Nuance Unity Service Discovery Protocol				2017-04-20	
49002-49149	tu	u		Unassigned					
49150	t	a	inspider	InSpider System				2017-11-06	
49150	u	r		Reserved					
49151	tu	r		Reserved	RFC6335				2024-12-20
	tu	a	argus	ARGUS Protocol					
	tu	a	arp	Address Resolution Protocol					
	tu	a	bbn-rcc-mon	BBN RCC Monitoring					
	tu	a	bootp	Bootstrap Protocol					
	tu	a	br-sat-mon	Backroom SATNET Monitoring					
	tu	a	cftp	CFTP					
	tu	a	chaos	CHAOS Protocol					
	tu	a	clock	DCNET Time Server Protocol					
	tu	a	cmot	Common Mgmnt Info Ser and Prot over TCP/IP					
	tu	a	cookie-jar	Authentication Scheme					
	tu	a	dcn-meas	DCN Measurement Subsystems Protocol					
	tu	a	dgp	Dissimilar Gateway Protocol					
	tu	a	dmf-mail	Digest Message Format for Mail					
	tu	a	egp	Exterior Gateway Protocol					
	tu	a	ehf-mail	Encoding Header Field for Mail					
	tu	a	emcon	Emission Control Protocol					
	tu	a	fconfig	Fujitsu Config Protocol					
	tu	a	ggp	Gateway Gateway Protocol					
	tu	a	hmp	Host Monitoring Protocol					
	tu	a	host2-ns	Host2 Name Server					
	tu	a	icmp	Internet Control Message Protocol					
	tu	a	igmp	Internet Group Management Protocol					
	tu	a	igp	Interior Gateway Protocol					
	tu	a	imap2	Interim Mail Access Protocol version 2					
	tu	a	ip	Internet Protocol					
	tu	a	ipcu	Internet Packet Core Utility					
	tu	a	ippc	Internet Pluribus Packet Core					
	tu	a	ip-arc	Internet Protocol on ARCNET					
	tu	a	ip-arpa	Internet Protocol on ARPANET					
	tu	a	ip-cmprs	Compressing TCP/IP Headers					
	tu	a	ip-dc	Internet Protocol on DC Networks					
	tu	a	ip-dvmrp	Distance Vector Multicast Routing Protocol					
	tu	a	ip-e	Internet Protocol on Ethernet Networks					
	tu	a	ip-ee	Internet Protocol on Exp. Ethernet Nets					
	tu	a	ip-fddi	Transmission of IP over FDDI					
	tu	a	ip-hc	Internet Protocol on Hyperchannnel					
	tu	a	ip-ieee	Internet Protocol on IEEE 802					
	tu	a	ip-ipx	Transmission of 802.2 over IPX Networks					
	tu	a	ip-mtu	IP MTU Discovery Options					
	tu	a	ip-netbios	Internet Protocol over NetBIOS Networks					
	tu	a	ip-slip	Transmission of IP over Serial Lines					
	tu	a	ip-wb	Internet Protocol on Wideband Network					
	tu	a	ip-x25	Internet Protocol on X.25 Networks					
	tu	a	irtp	Internet Reliable Transaction Protocol					
	tu	a	iso-tp4	ISO Transport Protocol Class 4					
	tu	a	larp	Locus Address Resoultion Protocol					
	tu	a	leaf-1	Leaf-1 Protocol					
	tu	a	leaf-2	Leaf-2 Protocol					
	tu	a	loc-srv	Location Service					
	tu	a	mail	Format of Electronic Mail Messages					
	tu	a	merit-inp	MERIT Internodal Protocol					
	tu	a	mib	Management Information Base					
	tu	a	mihcs	MIH Command Services	RFC5679				
	tu	a	mihes	MIH Event Services	RFC5679				
	tu	a	mihis	MIH Information Services	RFC5679				
	tu	a	mfe-nsp	MFE Network Services Protocol					
	tu	a	mit-subnet	MIT Subnet Support					
	tu	a	mux	Multiplexing Protocol					
	tu	a	netblt	Bulk Data Transfer Protocol					
	tu	a	neted	Network Standard Text Editor					
	tu	a	netrjs	Remote Job Service					
	tu	a	nfile	A File Access Protocol					
	tu	a	nvp-ii	Network Voice Protocol					
	tu	a	ospf	Open Shortest Path First Interior GW Protocol					
	tu	a	pcmail	Pcmail Transport Protocol					
	tu	a	ppp	Point-to-Point Protocol					
	tu	a	prm	Packet Radio Measurement					
	tu	a	pup	PUP Protocol					
	tu	a	quote	Quote of the Day Protocol					
	tu	a	rarp	A Reverse Address Resolution Protocol					
	tu	a	ratp	Reliable Asynchronous Transfer Protocol					
	tu	a	rdp	Reliable Data Protocol					
	tu	a	rip	Routing Information Protocol					
	tu	a	rvd	Remote Virtual Disk Protocol					
	tu	a	sat-expak	Satnet and Backroom EXPAK					
	tu	a	sat-mon	SATNET Monitoring					
	tu	a	smi	Structure of Management Information					
	tu	a	stp	Stream Protocol					
	tu	a	sun-rpc	SUN Remote Procedure Call					
	tu	a	tcp	Transmission Control Protocol					
	tu	a	tcp-aco	TCP Alternate Checksum Option					
	tu	a	thinwire	Thinwire Protocol					
	tu	a	tp-tcp	ISO Transport Service on top of the TCP					
	tu	a	trunk-1	Trunk-1 Protocol					
	tu	a	trunk-2	Trunk-2 Protocol					
	tu	a	ucl	University College London Protocol					
	tu	a	udp	User Datagram Protocol					
	tu	a	users	Active Users Protocol					
	tu	a	via-ftp	VIA Systems-File Transfer Protocol					
	tu	a	visa	VISA Protocol					
	tu	a	vmtp	Versatile Message Transaction Protocol					
	tu	a	wb-expak	Wideband EXPAK					
	tu	a	wb-mon	Wideband Monitoring					
	tu	a	xnet	Cross Net Debugger					
	tu	a	xns-idp	Xerox NS IDP					
	tu	a	1password	1Password Password Manager data sharing and synchronization protocol		Defined TXT keys: None			
	t	a	7ksonar	Teledyne Marine 7k Sonar Protocol		Defined TXT keys: None		2023-10-03	
	u	a	7ksonar	Teledyne Marine 7k Sonar Protocol		Defined TXT keys: None		2023-10-03	
	tu	a	a-d-sync	Altos Design Synchronization protocol		Defined TXT keys: None			
	tu	a	abi-instrument	Applied Biosystems Universal Instrument Framework		Defined TXT keys:   product=<short product name/model>\n  description=<readable name>\n  version=<firmware/instrument controller version>			2021-07-27
	tu	a	accessdata-f2d	FTK2 Database Discovery Service		Defined TXT keys: Proprietary			
	tu	a	accessdata-f2w	FTK2 Backend Processing Agent Service		Defined TXT keys: Proprietary			
	tu	a	accessone	Strix Systems 5S/AccessOne protocol		Defined TXT keys: None			
	tu	a	accountedge	MYOB AccountEdge		Defined TXT keys: None			
	tu	a	acrobatsrv	Adobe Acrobat		Defined TXT keys: type, path, FeedType			
	t	a	acs-ctl-ds	Access Control Device		Defined TXT keys: MAC=, GW-MAC		2012-04-09	
	u	a	acs-ctl-ds	Access Control Device		Defined TXT keys: MAC=, GW-MAC		2012-04-09	
	t	a	acs-ctl-gw	Access Control Gateway		Defined TXT keys: MAC=, GW-MAC		2012-04-09	
	u	a	acs-ctl-gw	Access Control Gateway		Defined TXT keys: MAC=, GW-MAC		2012-04-09	
	t	a	acsp-server	AXIS Camera Station Pro Server		Defined TXT keys: None		2024-04-19	
	tu	a	actionitems	ActionItems		Defined TXT keys: None			
	tu	a	activeraid	Active Storage Proprietary Device Management Protocol		Defined TXT keys: None			
	tu	a	activeraid-ssl	Encrypted transport of Active Storage Proprietary Device Management Protocol		Defined TXT keys: None			
	t	a	adamhall	Adam Hall network control and monitoring		Defined TXT keys: None		2022-07-15	
	u	a	adamhall	Adam Hall network control and monitoring		Defined TXT keys: None		2022-07-15	
	t	a	adaptive-rn	ARN (Adaptive Routing Notification) is a protocol designed to enable dynamic routing adjustments by sharing network status information between nodes in data center networks, improving efficiency and fault tolerance.		Defined TXT keys: arn-protocol, adaptive-routing		2024-11-22	
	u	a	adaptive-rn	ARN (Adaptive Routing Notification) is a protocol designed to enable dynamic routing adjustments by sharing network status information between nodes in data center networks, improving efficiency and fault tolerance.		Defined TXT keys: arn-protocol, adaptive-routing		2024-11-22	
	tu	a	addressbook	Address-O-Matic		Defined TXT keys: None			
	t	a	addressbooksrv	Address Book Server used for contacts and calendar synchronisation		Defined TXT keys: _suffix, _prefix		2011-10-14	
	tu	a	adnodes	difusi Cloud based plug & play network\n      synchronization protocol, content pool database discovery, and\n      cloudOS SAaS discovery protocol.		Defined TXT keys: Proprietary		2011-11-07	
	t	a	adobe-shadow	Adobe Shadow Server		Defined TXT keys: id		2012-04-17	
	tu	a	adobe-vc	Adobe Version Cue		Defined TXT keys: txtvers=1, name, version, build			
	tu	a	adisk	Automatic Disk Discovery		Defined TXT keys: sys, dkX			
	tu	a	adpro-setup	ADPRO Security Device Setup		Defined TXT keys: txtvers, type			
	tu	a	aecoretech	Apple Application Engineering Services		Defined TXT keys: None			
	tu	a	aeroflex	Aeroflex instrumentation and software		Defined TXT keys:   orb_server=<port #> (optional) CORBA ORB server used for resource discovery\n  product_id=<string> (optional) ID of licensed product\n  txtvers="*IDN?=<identifier>" (optional) as per LXI specification (for not yet LXI compatible instruments)			
	t	a	aerohive-proxy	Aerohive Proxy Configuration Service		Defined TXT keys: name, port, username		2012-05-31	
	t	a	affinity-docs0	Affinity Designer document sharing		Defined TXT keys: Proprietary		2023-03-30	
	t	a	affinity-docs1	Affinity Photo document sharing		Defined TXT keys: Proprietary		2023-03-30	
	t	a	affinity-docs2	Affinity Publisher document sharing		Defined TXT keys: Proprietary		2023-03-30	
	t	a	affinity-cntent	Affinity content sharing		Defined TXT keys: Proprietary		2023-03-30	
	t	a	airdrop	Airdrop		Defined TXT keys: flags, phash, ehash, cname		2012-03-02	
	t	a	airmate	Airmate interworking protocol		Defined TXT keys: proprietary		2020-09-21	
	u	a	airmate	Airmate interworking protocol		Defined TXT keys: proprietary		2020-09-21	
	t	a	airplay	Protocol for streaming of audio/video content		Defined TXT keys: am, cn, et, ft, fv, md, pk, pw, sf, tp, vn, vs		2012-09-19	
	u	a	airplay	Protocol for streaming of audio/video content		Defined TXT keys: am, cn, et, ft, fv, md, pk, pw, sf, tp, vn, vs		2012-09-19	
	tu	a	airport	AirPort Base Station		Defined TXT keys: waMA;			
	t	a	airpreview	Coda AirPreview		Defined TXT keys: hasCamera, name, UUID		2012-07-19	
	tu	a	airprojector	AirProjector		Defined TXT keys:   mac=<MAC address>\n  ip=<IP address>\n  note=<Location>\n  use=<Status>\n  mainprog=<Main program version>\n  bootprog=<Boot program version>			
	tu	a	airsharing	Air Sharing		Defined TXT keys: None			
	tu	a	airsharingpro	Air Sharing Pro		Defined TXT keys: None			
	t	a	alazartech-atn	Alazar Technologies ATN Communication Protocol		Defined TXT keys: None		2016-05-26	
	t	a	aloe-gwp	Aloe Gateway Protocol		Defined TXT keys: Version		2012-01-04	
	t	a	aloe-pp	Aloe Pairing Protocol		Defined TXT keys: Version, DeviceName, DeviceModel, DeviceSystem, DeviceSystemVersion, AppName, AppVersion		2012-01-04	
	u	a	alpacadiscovery	ASCOM Alpaca Device Discovery		Defined TXT keys: None		2020-02-24	
	u	a	amazon-expiscor	Device discovery for Amazon		Defined TXT keys: None		2024-02-22	
	u	a	amba-cam	Ambarella Cameras		Defined TXT keys:   product=<product model name>\n  description=<string name>\n  version=<firmware version>			
	tu	a	amiphd-p2p	P2PTapWar Sample Application from "iPhone SDK Development" Book		Defined TXT keys: None			
	tu	a	ams-htm	Proprietary protocol for Accu-Med HTM		Defined TXT keys: None		2011-10-20	
	tu	a	animolmd	Animo License Manager		Defined TXT keys: None			
	tu	a	animobserver	Animo Batch Server		Defined TXT keys: None			
	tu	a	anquetsync	Anquet map synchronization between desktop and handheld devices		Defined TXT keys: Proprietary			
	t	a	antrmai	ANT Galio web services		Defined TXT keys: txtvers, man		2012-12-06	
	t	a	anyremote	remote control of Linux PCs from Android and J2ME		Defined TXT keys: None		2014-12-10	
	tu	a	appelezvous	Appelezvous		Defined TXT keys: None			
	tu	a	apple-ausend	Apple Audio Units		Defined TXT keys: None			
	t	a	apple-mobdev	Apple Mobile Device Protocol		Defined TXT keys: None		2011-10-20	
	u	a	apple-midi	Apple MIDI		Defined TXT keys: None			
	tu	a	applerdbg	Apple Remote Debug Services (OpenGL Profiler)		Defined TXT keys: None			
	tu	a	appletv	Apple TV		Defined TXT keys: txtvers, PrVs, OSsi, MniT			
	tu	a	appletv-itunes	Apple TV discovery of iTunes		Defined TXT keys: txtvers			
	tu	a	appletv-pair	Apple TV Pairing		Defined TXT keys: txtvers			
	tu	a	aquamon	AquaMon		Defined TXT keys: None			
	u	a	arcnet	Arcturus Networks Inc. Hardware Services		Defined TXT keys: None		2011-10-20	
	t	a	arn	Active Registry Network for distribution of values and streams		Defined TXT keys: None		2013-10-17	
	tu	a	aroundsound	AroundSound's information sharing protocol		Defined TXT keys: Proprietary		2011-10-20	
	u	a	asam-cmp	ASAM Capture Module Protocol		Defined TXT keys: None		2021-09-29	
	t	a	aseba	protocol for an event-based architecture for distributed control of mobile robots		Defined TXT keys: txtvers, type, protovers, ids, pids		2016-08-18	
	u	a	astnotify	Asterisk Caller-ID Notification Service		Defined TXT keys: prefix=<country code prefix> (numeric, additionally '+')			
	tu	a	astralite	Astralite		Defined TXT keys: None			
	tu	a	async	address-o-sync		Defined TXT keys: None			
	u	a	atnet	AT protocol over IP		Defined TXT keys: None		2018-03-20	
	tu	a	atlassianapp	Atlassian Application (JIRA, Confluence, Fisheye, Crucible, Crowd, Bamboo) discovery service		Defined TXT keys: app.url			
	t	a	attero-ad	Attero Tech Audio Device		Defined TXT keys: txtvers, protovers, CtrlType, Model		2015-09-24	
	u	a	attero-ad	Attero Tech Audio Device		Defined TXT keys: txtvers, protovers, CtrlType, Model		2015-09-24	
	t	a	audirvana-ap	Audirvana Remote Access Protocol		Defined TXT keys: txtvers, protovers		2015-07-21	
	t	a	autosendimages	automatic sending Image data protocol				2017-04-17	
	t	a	autotargets-ap	Access Point for AutoTargets system		Defined TXT keys: none		2015-12-28	
	tu	a	av	Allen Vanguard Hardware Service		Defined TXT keys: Proprietary			
	t	a	av-chat-ring-01	TCP SpyChat Stream Message Exchange		Defined TXT keys: There are two TXT record keys: 1st key: "txt-vers" associated with an 'int' entry. 2nd key: "conn-stat" associated with an 'int' entry.		2018-05-03	
	t	a	avatars	Libravatar federated avatar hosting service.		Defined TXT keys: none		2011-10-11	
	t	a	avatars-sec	Libravatar federated avatar hosting service.		Defined TXT keys: none		2011-10-11	
	t	a	axis-nvr	Axis Network Video Recorders		Defined TXT keys: None		2018-05-24	
	u	a	axis-nvr	Axis Network Video Recorders		Defined TXT keys: None		2018-05-24	
	tu	a	axis-video	Axis Video Cameras		Defined TXT keys: None			
	u	a	autotunnel	IPSEC VPN tunnel over UDP	RFC6281	Defined TXT Keys: None		2019-05-04	
	tu	a	b3d-convince	3M Unitek Digital Orthodontic System		Defined TXT keys: txtvers=1, protovers=<api version>, guid=<32 hex digits>			
	tu	a	babyphone	BabyPhone		Defined TXT keys: None			
	t	a	bandhelper-rc	Remote Control for BandHelper app		Defined TXT keys: None		2017-04-21	
	t	a	bandhelper-ss	Screen sharing for BandHelper app		Defined TXT keys: None		2017-04-21	
	t	a	barroomcomedy	Peer to peer file sharing for a media player application		Defined TXT keys: None		2013-11-05	
	t	a	bcloud-server	Buddycloud Server Delegation		Defined TXT keys: v, host		2014-06-19	
	tu	a	bdsk	BibDesk Sharing		Defined TXT keys: txtvers, authenticate			
	tu	a	beacon	Beacon Remote Service		Defined TXT keys: version=<product version>, company=<product company>			
	tu	a	beamer	Beamer Data Sharing Protocol		Defined TXT keys: None			
	tu	a	beatpack	BeatPack Synchronization Server for BeatMaker		Defined TXT keys: None			
	t	a	beatsdirect	Beats Direct allows for the discovery and control of devices		Defined TXT keys: None		2013-06-03	
	tu	a	beep	Xgrid Technology Preview		Defined TXT keys: None			
	t	a	behnke-cc	Behnke doorphones / emergency phones		Defined TXT keys: None		2020-05-13	
	t	a	behnke-station	Behnke audio / video intercom systems		Defined TXT keys: mjpg, jpg, auth, camera, macaddress		2021-03-17	
	t	a	behnke-video	Behnke doorphones / video intercoms		Defined TXT keys: mjpg, jpg, auth, camera, macaddress		2021-03-17	
	tu	a	bender	Bender Communication Protocol		Defined TXT keys: product version bus id featuremask		2013-10-15	
	t	a	beyondidentity	Beyond Identity Platform Authenticator S		Defined TXT keys: proprietary		2024-01-17	
	tu	a	bfagent	BuildForge Agent		Defined TXT keys: None			
	t	a	bhipc	Becker & Hickl Inter Process Communication		Defined TXT keys: None		2023-02-15	
	u	a	bhipc	Becker & Hickl Inter Process Communication		Defined TXT keys: None		2023-02-15	
	t	a	bidib	Model Railway Control via netBiDiB		Defined TXT keys: bidib,node,interface,uid,prod,user - http://bidib.org/transport/bidib_net_e.html		2022-12-26	
	tu	a	bigbangchess	Big Bang Chess		Defined TXT keys: None			
	tu	a	bigbangmancala	Big Bang Mancala		Defined TXT keys: None			
	t	a	BioSonics	BioSonics Echosounders		Defined TXT keys: None		2023-12-05	
	u	a	BioSonics	BioSonics Echosounders		Defined TXT keys: None		2023-12-05	
	t	a	bitflit	Data transfer service		Defined TXT keys: provider, vendor, user, host, deploy, prototype, schedule		2012-02-21	
	tu	a	bittorrent	BitTorrent Zeroconf Peer Discovery Protocol		Defined TXT keys: None			
	tu	a	blackbook	Little Black Book Information Exchange Protocol		Defined TXT keys:   product=<application name>\n  description=<application description name>\n  version=<application version/build number>\n  protovers=<version of protocol in use by by this application>			
	u	a	bluevertise	BlueVertise Network Protocol (BNP)		Defined TXT keys: role=<master or slave>			
	t	a	boardplus	board plus application transfer protocol		Defined TXT keys: None		2013-02-04	
	t	a	booked-sync	Booked communication protocol - Sharing And Sync Service		Defined TXT keys: Edition, Version, Public Shares, Machine ID, Machine Name		2013-02-18	
	tu	a	bookworm	Bookworm Client Discovery		Defined TXT keys: flavors			
	t	a	bootstrap	Bootstrap service discovery		Defined TXT keys: "url": if present, indicates a connection url (i.e. wss://example.com/bootstrap, or https://example.com/bootstrap) to be used by the device for bootstrapping; "namespace": identifies the underlying application-level protocol (should be unique for the application protocol, typically a UUID or a URN)		2023-03-20	
	u	a	bootstrap	Bootstrap service discovery		Defined TXT keys: "url": if present, indicates a connection url (i.e. wss://example.com/bootstrap, or https://example.com/bootstrap) to be used by the device for bootstrapping; "namespace": identifies the underlying application-level protocol (should be unique for the application protocol, typically a UUID or a URN)		2023-03-20	
	u	a	boundaryscan	Proprietary		Defined TXT keys: blocked=<name of the device>, version=<firmware/instrument controller version>			
	tu	a	bousg	Bag Of Unusual Strategy Games		Defined TXT keys: None			
	t	a	boutfitness	Bout Fitness Synchronization Service		Defined TXT keys: None		2014-06-16	
	u	a	boutfitness	Bout Fitness Synchronization Service		Defined TXT keys: None		2014-06-16	
	t	a	boxraysrvr	Boxray Devices Host Server		Defined TXT keys: none		2012-07-05	
	t	a	bq-cromo	bq Cromo protocol		Defined TXT keys: None		2014-09-05	
	u	a	bq-cromo	bq Cromo protocol		Defined TXT keys: None		2014-09-05	
	t	a	breas	Breas		Defined TXT keys: None		2015-09-09	
	u	a	breas	Breas		Defined TXT keys: None		2015-09-09	
	tu	a	bri	RFID Reader Basic Reader Interface		Defined TXT keys: None			
	t	a	bridgeprotocol	JSON RPC Bridge Protocol		Defined TXT keys:  path, version		2012-11-20	
	t	a	brski-proxy	The Bootstrapping Remote Secure Key Infrastructure Proxy	RFC8995	Defined TXT keys: None		2020-04-29	
	t	a	brski-reg-cmp	Bootstrapping Remote Secure Key Infrastructure\nregistrar with CMP capabilities according to the Lightweight CMP\nProfile (LCMPP) [RFC9483]	RFC9733	Defined TXT keys: None		2024-09-23	
	t	a	brski-registrar	The Bootstrapping Remote Secure Key Infrastructure Registrar	RFC8995	Defined TXT keys: None		2020-04-29	
	tu	a	bsqdea	Backup Simplicity		Defined TXT keys: None			
	t	a	btp	Beats Transfer Protocol allows for the discovery and control of devices		Defined TXT keys: None		2014-02-17	2014-06-27
	t	a	buddycloud-api	buddycloud API		Defined TXT keys: v, host, protocol, path, port		2013-05-20	
	t	a	buzzer	Service for opening electric doors		Defined TXT keys: None		2017-12-22	
	t	a	caldav	Calendaring Extensions to WebDAV (CalDAV) - non-TLS	RFC6764	This is an extension of the http service.  Defined TXT keys: path=<context path>		2012-02-17	
	t	a	caldavs	Calendaring Extensions to WebDAV (CalDAV) - over TLS	RFC6764	This is an extension of the https service.  Defined TXT keys: path=<context path>		2012-02-17	
	tu	a	caltalk	CalTalk		Defined TXT keys: None			
	t	a	canon-chmp	Canon HTTP Management Protocol		Defined TXT keys: txtvers, mpath		2014-09-03	2015-03-16
	t	a	carddav	vCard Extensions to WebDAV (CardDAV) - non-TLS	RFC6352	This is an extension of the http service.  Defined TXT keys: path=<context path>		2012-02-17	
	t	a	carddavs	vCard Extensions to WebDAV (CardDAV) - over TLS	RFC6352	This is an extension of the https service.  Defined TXT keys: path=<context path>		2012-02-17	
	tu	a	cardsend	Card Send Protocol		Defined TXT keys: Proprietary			
	t	a	carousel	Carousel Player Protocol		Defined TXT keys: None		2011-10-17	
	tu	a	cctv	IP and Closed-Circuit Television for Securitiy applications		Defined TXT keys: u=<username>, p=<password>, path=<path to XML file>			
	t	a	cerebra	Control the Cerebra Aquarium Controller		Defined TXT keys: None		2018-04-20	
	t	a	certificates	Server for S/MIME and PGP certificates	draft-bhjl-x509-srv-01	Defined TXT keys: None		2016-07-26	
	tu	a	cheat	The Cheat		Defined TXT keys: None			
	tu	a	chess	Project Gridlock		Defined TXT keys: None			
	tu	a	chfts	Fluid Theme Server		Defined TXT keys: None			
	tu	a	chili	The CHILI Radiology System		Defined TXT keys: None			
	t	a	ciao	Ciao Arduino Protocol		Defined TXT keys: see www.ciaoapp.com		2011-10-24	
	tu	a	cip4discovery	Discovery of JDF (CIP4 Job Definition Format) enabled devices		Defined TXT keys: None			
	tu	a	clipboard	Clipboard Sharing		Defined TXT keys: None			
	u	a	clique	Clique Link-Local Multicast Chat Room		Defined TXT keys: see http://telepathy.freedesktop.org/xmpp/clique			
	tu	a	clscts	Oracle CLS Cluster Topology Service		Defined TXT keys: None			
	t	a	collabio	Collabio		Defined TXT keys: firstName, lastName, documentName		2020-07-29	
	u	a	collabio	Collabio		Defined TXT keys: firstName, lastName, documentName		2020-07-29	
	tu	a	collection	Published Collection Object		Defined TXT keys: version=?			
	t	a	commfort	A client-server chat for LAN or Internet with video chat support		Defined TXT keys: commfort, chat, communications, client-server, local chat, LAN, network, voice chat, video chat, video communication, video conference, file transfer		2016-03-03	
	tu	a	com-ocs-es-mcc	ElectraStar media centre control protocol		Defined TXT keys: None			
	t	a	compressnet	Management Utility/Compression Process		Defined TXT keys: None			2025-02-13
	u	a	compressnet	Management Utility/Compression Process		Defined TXT keys: None			2025-02-13
	u	a	conecube	DNS SRV service for smarthome server		Defined TXT keys: none		2019-04-22	
	tu	a	contactserver	Now Contact		Defined TXT keys: None			
	t	a	controllerplus	game controller forwarding protocol		Defined TXT keys: None		2022-07-05	
	t	a	convert	0-RTT TCP Convert Protocol	RFC8803	Defined TXT keys: None		2020-03-27	
	t	a	coolanetaudio	Coolatoola Network Audio		Defined TXT keys: None		2014-01-03	
	t	a	core-rd	Resource Directory accessed using CoAP over TCP	RFC9176	Defined TXT keys: None		2021-03-16	
	u	a	core-rd	Resource Directory accessed using CoAP	RFC9176	Defined TXT keys: None		2021-03-16	
	t	a	core-rd-tls	Resource Directory accessed using CoAP over TLS	RFC9176	Defined TXT keys: None		2021-03-16	2022-04-14
	u	a	core-rd-dtls	Resource Directory accessed using CoAP over DTLS	RFC9176	Defined TXT keys: None		2021-03-16	
	tu	a	corroboree	Corroboree Server		Defined TXT keys: None			
	t	a	cosir	Computer Op System Information Report		Defined TXT keys: None		2009-01-13	2023-12-05
	t	a	coviot	Service for coviot branded devices		Defined TXT keys: FW_VERSION, PROTOCOL_VERSION, SERVICE_DESCRIPTION		2017-05-19	
	u	a	coviot	Service for coviot branded devices		Defined TXT keys: FW_VERSION, PROTOCOL_VERSION, SERVICE_DESCRIPTION		2017-05-19	
	tu	a	cpnotebook2	NoteBook 2		Defined TXT keys: None			
	t	a	csi-mmws	Canfield Scientific Inc - Mirror Mobile Web Services		Defined TXT keys:  path		2013-07-02	
	tu	a	cw-codetap	CodeWarrior HTI Xscale PowerTAP		Defined TXT keys: None			
	tu	a	cw-dpitap	CodeWarrior HTI DPI PowerTAP		Defined TXT keys: None			
	tu	a	cw-oncetap	CodeWarrior HTI OnCE PowerTAP		Defined TXT keys: None			
	tu	a	cw-powertap	CodeWarrior HTI COP PowerTAP		Defined TXT keys: None			
	tu	a	cytv	CyTV - Network streaming for Elgato EyeTV		Defined TXT keys: None			
	tu	a	dacp	Digital Audio Control Protocol (iTunes)		Defined TXT keys: txtvers, Ver, DbId			
	tu	a	dancepartner	Dance partner application for iPhone		Defined TXT keys: None			
	t	a	darkhorsetimer	Timer LAN service		Defined TXT keys: None		2015-06-02	
	tu	a	dataturbine	Open Source DataTurbine Streaming Data Middleware		Defined TXT keys: None			
	t	a	dbaudio	d&b audiotechnik remote network		Defined TXT keys:txtvers=<TXT-Record version>\nprotovers=<version of proprietary protocol>\nguid=<type>\nname=<name>\nsn=<serial number>\ndevice=<cleartext type>\nfwver=<firmware version>		2011-10-06	
	u	a	dbaudio	d&b audiotechnik remote network		Defined TXT keys:txtvers=<TXT-Record version>\nprotovers=<version of proprietary protocol>\nguid=<type>\nname=<name>\nsn=<serial number>\ndevice=<cleartext type>\nfwver=<firmware version>		2011-10-06	
	d	a	dccp-ping	ping/traceroute using DCCP		Defined TXT keys: None		2012-11-14	
	t	a	dell-soo-ds	Spotlight on Oracle Diagnostic Server		Defined TXT keys: None		2013-10-03	
	u	a	dell-soo-ds	Spotlight on Oracle Diagnostic Server		Defined TXT keys: None		2013-10-03	
	t	a	dell-soss-ds-w	Spotlight on SQL Server Diagnostic Server HTTP		Defined TXT keys: None		2013-10-03	
	t	a	dell-ssms-ds	Spotlight SSMS Plugin Diagnostic Server		Defined TXT keys: None		2013-10-03	
	t	a	demoncamremote	Peer-to-peer real-time video streaming		Defined TXT keys: None		2017-09-26	
	u	a	demoncamremote	Peer-to-peer real-time video streaming		Defined TXT keys: None		2017-09-26	
	tu	a	device-info	Device Info		Not a service type. Special name reserved for DNS-SD device info.			
	t	a	devonsync	DEVONthink synchronization protocol		Defined TXT keys: None at present		2011-10-18	
	t	a	dhanda-g	DHANDAg is going for a site		Defined TXT keys: None		2017-12-29	
	u	a	dhanda-g	DHANDAg is going for a site		Defined TXT keys: None		2017-12-29	
	s	a	dhanda-g	DHANDAg is going for a site		Defined TXT keys: None		2017-12-29	
	tu	a	dictation	Use of a dictation service by a hand-held device		Defined TXT keys: ver, name		2011-10-27	
	tu	a	difi	EyeHome		Defined TXT keys: None			
	tu	a	disconnect	DisConnect Peer to Peer Game Protocol		Defined TXT keys: None			
	t	a	displaysrc	Wi-Fi Alliance Display Source service		Defined TXT keys: None		2017-03-14	
	tu	a	dist-opencl	Distributed OpenCL discovery protocol		Defined TXT keys:  TCPendpoint, UDPendpoint, UUID			2013-04-10
	tu	a	ditrios	Ditrios SOA Framework Protocol		Defined TXT keys: http://www.ditrios.org/index.php?link=tutorial/index#zeroconf			
	tu	a	divelogsync	Dive Log Data Sharing and Synchronization Protocol		Defined TXT keys: None			
	t	a	dlpx-sp	Delphix Session Protocol		Defined TXT keys: None		2012-10-02	
	u	a	dltimesync	Local Area Dynamic Time Synchronisation Protocol		Defined TXT keys: None			
	t	a	dns-llq-tls	DNS Long-Lived Queries over TLS	RFC6281	Defined TXT Keys: None		2019-05-04	
	t	a	dns-push-tls	DNS Push Notification Service Type	RFC8765, Section 6.1	Defined TXT Keys: None		2019-11-25	
	t	a	dns-query-tls	DNS queries to the authoritative server over TLS		Defined TXT Keys: None		2019-05-04	
	tu	a	dns-sd	DNS Service Discovery		Not a service type. Special name reserved for DNS-SD meta queries.			
	t	a	dns-update	DNS Dynamic Update Service		DNS Dynamic Update Service for a given domain may not necessarily be provided by\n      the principal name servers as advertised by the domain's "NS" records, and may not\n      necessarily always be provided on port 53. The "_dns-update._udp.<domain>." SRV record gives\n      the target host and port where DNS Dynamic Update Service is provided for the named domain.		2019-05-04	
	u	a	dns-update	DNS Dynamic Update Service		DNS Dynamic Update Service for a given domain may not necessarily be provided by\nthe principal name servers as advertised by the domain's "NS" records, and may not\nnecessarily always be provided on port 53. The "_dns-update._udp.<domain>." SRV record gives\nthe target host and port where DNS Dynamic Update Service is provided for the named domain.			2019-05-04
	t	a	dns-update-tls	DNS Dynamic Update Service over TLS	RFC6281	DNS Dynamic Update Service for a given domain may not necessarily be provided by\n      the principal name servers as advertised by the domain's "NS" records, and may not\n      necessarily always be provided on port 53. The "_dns-update._udp.<domain>." SRV record gives\n      the target host and port where DNS Dynamic Update Service is provided for the named domain.		2019-05-04	
	t	a	dnssd-srp	DNS-Based Service Discovery	RFC-ietf-dnssd-srp-25	Defined TXT keys: None		2024-04-12	2024-09-05
	t	a	dnssd-srp-tls	DNS-Based Service Discovery (TLS)	RFC-ietf-dnssd-srp-25	Defined TXT keys: None		2024-04-12	2024-09-05
	tu	a	dop	Roar (Death of Productivity)		Defined TXT keys: name=<full username>			
	t	a	dots-call-home	DOTS Signal Channel Call Home Protocol.\n      The service name is used to construct the SRV service names "_dots-call-home._udp"\n      and "_dots-call-home._tcp" for discovering Call Home DOTS clients used to establish\n      DOTS signal channel call home.	RFC8973	Defined TXT keys: None		2020-11-19	
	u	a	dots-call-home	DOTS Signal Channel Call Home Protocol.\n      The service name is used to construct the SRV service names "_dots-call-home._udp"\n      and "_dots-call-home._tcp" for discovering Call Home DOTS clients used to establish\n      DOTS signal channel call home.	RFC8973	Defined TXT keys: None		2020-11-19	
	t	a	dots-data	DOTS Data Channel Protocol.\n      The service name is used to construct the SRV service name "_dots-data._tcp" for\n      discovering DOTS servers used to establish DOTS data channel.	RFC8973	Defined TXT keys: None		2020-11-19	
	tu	a	dropcopy	DropCopy		Defined TXT keys: None			
	tu	a	dsgsync	Datacolor SpyderGallery Desktop Sync Protocol		Defined TXT keys: Proprietary		2011-10-14	
	tu	a	dsl-sync	Data Synchronization Protocol for Discovery Software products		Defined TXT keys: Proprietary			
	tu	a	dtrmtdesktop	Desktop Transporter Remote Desktop Protocol		Defined TXT keys: None			
	t	a	duckrace	A communication protocol that allows a school teacher to set work activities to students over a LAN.		Defined TXT keys: txtvers uuid devicename		2013-10-03	
	tu	a	dxtgsync	Documents To Go Desktop Sync Protocol		Defined TXT keys: Proprietary			
	tu	a	ea-dttx-poker	Protocol for EA Downtown Texas Hold 'em		Defined TXT keys: None			
	tu	a	earphoria	Earphoria		Defined TXT keys: None			
	t	a	easyspndlg-sync	Sync service for the Easy Spend Log app		Defined TXT keys: None		2011-10-17	
	tu	a	eb-amuzi	Amuzi peer-to-peer session synchronization protocol		Defined TXT keys: Proprietary			
	t	a	eb-sync	Easy Books App data sync helper for Mac OS X and iOS		Defined TXT keys: None		2014-05-14	
	u	a	eb-sync	Easy Books App data sync helper for Mac OS X and iOS		Defined TXT keys: None		2014-05-14	
	tu	a	ebms	ebXML Messaging		Defined TXT keys: Endpoint=</path/to/endpoint>			
	tu	a	ecms	Northrup Grumman/Mission Systems/ESL Data Flow Protocol		Defined TXT keys: None			
	tu	a	ebreg	ebXML Registry		Defined TXT keys: HttpBinding=</path/to/registry/http/binding>			
	tu	a	ecbyesfsgksc	Net Monitor Anti-Piracy Service		Defined TXT keys: None			
	u	a	edcp	LaCie Ethernet Disk Configuration Protocol		Defined TXT keys: ip, mac, dhcp, mask, gtwy, wins, name, version			
	t	a	edge1	Edge1 Base Station		Defined TXT keys: None		2018-02-09	
	t	a	edsservice	Provides resolution of EDS services available on a given network		Defined TXT keys: None		2016-07-19	
	t	a	eeg	EEG System Discovery across local and wide area networks		Defined TXT keys:  Type		2012-09-11	
	t	a	efkon-elite	EFKON Lightweight Interface to Traffic Events		Defined TXT keys: txtvers, protovers, model, serial, scheme, path		2011-10-20	
	tu	a	egistix	Egistix Auto-Discovery		Defined TXT keys: None			
	tu	a	eheap	Interactive Room Software Infrastructure (Event Sharing)		Defined TXT keys: None			
	tu	a	embrace	DataEnvoy		Defined TXT keys: None			
	t	a	enphase-envoy	Enphase Energy Envoy		Defined TXT keys: - txtvers\n      - protovers\n      - serialnum		2011-11-08	
	tu	a	ep	Endpoint Protocol (EP) for use in Home Automation systems		Defined TXT keys: dns-sd_mdns			
	t	a	esp	Extensis Server Protocol		Defined TXT keys: none		2006-12	
	t	a	est	Enrollment Over Secure Transport		[RFC7030]. Defined TXT keys: None		2017-10-06	
	u	a	est-coaps	EST over secure CoAP (EST-coaps)		[RFC9148]. Defined TXT keys: None		2022-05-03	2022-05-04
	tu	a	eucalyptus	Eucalyptus Discovery		Defined TXT keys: Eucalyptus-DNS-SD			
	tu	a	eventserver	Now Up-to-Date		Defined TXT keys: None			
	t	a	evp	EvP - Generic EVENT protocol		Defined TXT keys: None		2013-06-05	
	tu	a	evs-notif	EVS Notification Center Protocol		Defined TXT keys: ID, Address			
	tu	a	ewalletsync	Synchronization Protocol for Ilium Software's eWallet		Defined TXT keys: name=<friendly device name>			
	t	a	ewelink	eWeLink devices supporting LAN Control		Defined TXT keys: txtvers, id, type, apivers, encrypt, data1, data2, data3, data4, iv		2019-01-17	
	tu	a	example	Example Service Type		Not a real service type.\nSpecial 'pretend' service types ("_example._udp" and "_example._tcp")\nreserved for use in illustrative examples in books and other documentation.			
	tu	a	exb	Exbiblio Cascading Service Protocol		Defined TXT keys: Will be described at www.exbiblio.com			
	tu	a	extensissn	Extensis Serial Number		Defined TXT keys: None			
	tu	a	eyetvsn	EyeTV Sharing		Defined TXT keys: txtvers=1, keyhash=<4 bytes>			
	tu	a	facespan	FaceSpan		Defined TXT keys: None			
	tu	a	faxstfx	FAXstf		Defined TXT keys: None			
	tu	a	feed-sharing	NetNewsWire 2.0		Defined TXT keys: None			
	t	a	feldwesen	proprietary		Defined TXT keys: None		2016-06-19	
	tu	a	firetask	Firetask task sharing and synchronization protocol		Defined TXT keys: None			
	tu	a	fish	Fish		Defined TXT keys: None			
	t	a	fisk	Fiscalization service of Click.al		Defined TXT keys: fisk-srv		2021-09-27	
	tu	a	fix	Financial Information Exchange (FIX) Protocol		Defined TXT keys:   Currently valid enumerated values:\n   FIX Session Protocol Versions (SESSIONVERSION): 1.1\n   FIX Application Protocol Versions (APPLICATIONVERSION): 2.7, 3.0, 4.0, 4.1, 4.2, 4.3, 4.4, 5.0\n  Possible TXT records defined and their values (replace uppercase text with enumerations from the list above):\n   txtvers=1\n   fix=APPLICATIONVERSION\n   fix supported=APPLICATIONVERSION[,APPLICATIONVERSION, ... ,APPLICATIONVERSION]\n   fixt=SESSIONVERSION			
	tu	a	fjork	Fjork		Defined TXT keys: None			
	u	a	fl-purr	FilmLight Cluster Power Control Service		Defined TXT keys: Proprietary			
	t	a	flightdmp	Flight Data Monitoring Protocol		Defined TXT keys: None		2013-02-07	
	u	a	flightdmp	Flight Data Monitoring Protocol		Defined TXT keys: None		2013-02-07	
	t	a	flir-ircam	FLIR Infrared Camera		Defined TXT keys: Proprietary		2011-10-20	
	tu	a	fmserver-admin	FileMaker Server Administration Communication Service		Defined TXT keys: None			
	tu	a	fontagentnode	FontAgent Pro		Defined TXT keys: None			
	tu	a	foxtrot-serv	FoxTrot Search Server Discovery Service		Defined TXT keys: None			
	tu	a	foxtrot-start	FoxTrot Professional Search Discovery Service		Defined TXT keys: None			
	tu	a	frameforge-lic	FrameForge License		Defined TXT keys: Proprietary			
	tu	a	freehand	FreeHand MusicPad Pro Interface Protocol		Defined TXT keys: None			
	tu	a	frog	Frog Navigation Systems		Defined TXT keys: type, name, id			
	tu	a	ftpcroco	Crocodile FTP Server		Defined TXT keys: None			
	u	a	fv-cert	Fairview Certificate		Defined TXT keys: DevID=<device id>, DevPK=<device public key>			
	u	a	fv-key	Fairview Key		Defined TXT keys: KeyID=<device id>			
	u	a	fv-time	Fairview Time/Date		Defined TXT keys: None			
	t	a	g2metric-lynx	Used for the Lynx System		Defined TXT keys: None		2019-06-13	
	tu	a	garagepad	Entrackment Client Service		Defined TXT keys: None			
	t	a	giffer	gif collection browsing		Defined TXT keys: version=<protocol version>		2015-09-24	
	tu	a	gforce-ssmp	G-Force Control via SoundSpectrum's SSMP TCP Protocol		Defined TXT keys: None			
	tu	a	glasspad	GlassPad Data Exchange Protocol		Defined TXT keys: guid			
	tu	a	glasspadserver	GlassPadServer Data Exchange Protocol		Defined TXT keys: guid			
	tu	a	glrdrvmon	OpenGL Driver Monitor		Defined TXT keys: None			
	t	a	googexpeditions	Service related to Google Expeditions which is a technology for enabling multi-participant virtual fieldtrip experiences over a local wireless network. See http://g.co/expeditions for more details		Defined TXT keys: None		2015-07-31	
	u	a	googexpeditions	Service related to Google Expeditions which is a technology for enabling multi-participant virtual fieldtrip experiences over a local wireless network. See http://g.co/expeditions for more details		Defined TXT keys: None		2015-07-31	
	t	a	googlecast	Service related to Google Cast which is a technology for enabling multi-screen experiences. See developers.google.com/cast for more details		Defined TXT keys: None		2014-01-16	
	t	a	goorstop	For iOS Application named GoOrStop		Defined TXT keys: None		2012-08-28	
	u	a	gopro-wake	GoPro proprietary protocol to wake devices		Defined TXT keys: model, fw_version, platform_version, protocol_version, mac_address		2014-10-13	
	u	a	gopro-web	GoPro proprietary protocol for devices		Defined TXT keys: model, fw_version, platform_version, protocol_version, mac_address		2014-10-13	
	t	a	gotit	Network name Got It!		Defined TXT keys: info=name		2013-12-13	
	tu	a	gpnp	Grid Plug and Play		Defined TXT keys: None			
	tu	a	grillezvous	Roxio ToastAnywhere(tm) Recorder Sharing		Defined TXT keys: AppID=<application id> KeyHash=<application license key hash>			
	t	a	groovesquid	Groovesquid Democratic Music Control Protocol		Defined TXT keys: None		2011-10-18	
	tu	a	growl	Growl		Defined TXT keys: None			
	t	a	gsremotecontrol	GS Labs set-top box remote control		Defined TXT keys:  None		2014-02-25	2020-09-08
	t	a	gucam-http	Image Data Transfer API for Wi-Fi Camera Devices over HTTP		Defined TXT keys: device-name=<name of camera device>		2013-03-04	
	tu	a	guid	Special service type for resolving by GUID (Globally Unique Identifier)		Defined TXT keys: Varies; Depends on type of service being offered/resolved\nAlthough DNS-SD does not recommend or advocate using GUIDs as the primary name\nof an offered service why not?, it does support use of GUIDs as service names\nwhere developers want to use them that way.\nTypically users do not browse for GUIDs. They are not user-friendly and not very\ninformative. Typically, the service is advertised as usual, using a user-friendly\nname. One of the TXT record attributes is a GUID for the service instance.\nOnce the user has browsed and chosen the desired service instance via its user-friendly\nname, the service is resolved, the TXT record is retrieved, and the GUID is stored.\nA given network service instance is therefore being advertised two ways, for example:\n    <User-Friendly-Name>._ptp._tcp.local\n    <GUID>._guid._tcp.local\nOn subsequent accesses to the service, the GUID-based name is resolved, and that\nparticular service instance is discovered, even if the user has subsequently\nchanged the user-friendly name to something else.\nNote: Although each different logical service type needs to have its own different\nDNS-SD service type, all GUID-based names use the same pseudo-type: "_guid._tcp".\nThere is no possibility of name conflict because (by definition) GUIDs are globally unique.			
	tu	a	h323	H.323 Real-time audio, video and data communication call setup protocol		Defined TXT keys: None			
	t	a	hbbtv-ait	HbbTV Application Information Table		Defined TXT keys: None		2015-09-09	
	tu	a	help	HELP command	RFC1078	TCP Port Service Multiplexer (TCPMUX)			
	tu	a	hg	Mercurial web-based repository access		Defined TXT keys: None\n  path=<file system pathname to repository>\n  description=<descriptive name of repository>			
	tu	a	hinz	HINZMobil Synchronization protocol		Defined TXT keys: None			
	tu	a	hmcp	Home Media Control Protocol		Defined TXT keys: None			
	t	a	hola	An application to communicate with other		Defined TXT keys: None		2017-09-05	
	t	a	home-assistant	Home Assistant		Defined TXT keys: location_name, uuid, version		2024-09-12	
	tu	a	home-sharing	iTunes Home Sharing		Defined TXT keys: txtvers, hQ, iTSh Version, MID, Database ID, dmb, Version, OSsi, hG, hC, Machine ID			
	tu	a	homeauto	iDo Technology Home Automation Protocol		Defined TXT keys: None			
	t	a	homeconnect	Home Connect Protocol		Defined TXT keys: txtvers + Proprietary		2013-06-11	
	t	a	homekit	Protocol for home hub communication		Defined TXT keys: Name, sw		2020-06-03	
	t	a	homewizard	HomeWizard Local API		Defined TXT keys: api_version, id, serial, product_name, product_type		2024-11-18	
	u	a	honeywell-vid	Honeywell Video Systems		Defined TXT keys: None			
	tu	a	hotwayd	Hotwayd		Defined TXT keys: None			
	tu	a	howdy	Howdy messaging and notification protocol		Defined TXT keys: vers			2011-10-12
	t	a	hpdeviceinfo	The service provides information about connected HP devices		Defined TXT keys: vers=<version>		2016-08-26	
	tu	a	hpr-bldlnx	HP Remote Build System for Linux-based Systems		Defined TXT keys: rh73, rhel3, rhel4, deb31, suse102			
	tu	a	hpr-bldwin	HP Remote Build System for Microsoft Windows Systems		Defined TXT keys: xp, vista			
	tu	a	hpr-db	Identifies systems that house databases for the Remote Build System and Remote Test System		Defined TXT keys: bld, tst, mstr			
	tu	a	hpr-rep	HP Remote Repository for Build and Test Results		Defined TXT keys: bld, tst, official			
	tu	a	hpr-toollnx	HP Remote System that houses compilers and tools for Linux-based Systems		Defined TXT keys: rh73, rhel3, rhel4, deb31, suse102			
	tu	a	hpr-toolwin	HP Remote System that houses compilers and tools for Microsoft Windows Systems		Defined TXT keys: xp, vista			
	tu	a	hpr-tstlnx	HP Remote Test System for Linux-based Systems		Defined TXT keys: rh73, rhel3, rhel4, deb31, suse102			
	tu	a	hpr-tstwin	HP Remote Test System for Microsoft Windows Systems		Defined TXT keys: xp, vista			
	tu	a	hs-off	Hobbyist Software Off Discovery		Defined TXT keys: None			
	tu	a	htsp	Home Tv Streaming Protocol		Defined TXT keys: None			
	t	a	https	HTTP over SSL/TLS		Web browsers like Safari and Internet Explorer (with the Bonjour for Windows plugin)\n      DO NOT browse for DNS-SD service type "_https._tcp" in addition to browsing for "_http._tcp".\n      This is a conscious decision to reduce proliferation of service types, to help keep\n      DNS-SD efficient on the network. Today, if a user types http://www.mybank.com/ into their\n      web browser, the web server automatically redirects the user to https://www.mybank.com/.\n      Rather than having an entirely different DNS-SD service type for https, we recommend\n      using the same redirection mechanism: advertise a plain "http" service, which consists\n      of nothing except an HTTP redirection to the desired "https" URL.\n      Work is currently being done on adding mechanisms to HTTP and TLS to allow the server\n      to tell the client that it needs to activate TLS on the current connection before\n      proceeding. If this becomes widely adopted, it further justifies the decision to\n      not create a separate DNS-SD service type "_https._tcp", because security becomes\n      just another one of the things that is negotiated on a per-connection basis (like\n      content-type negotiation today) rather than being an entirely separate thing.			
	u	a	htvncconf	HomeTouch Vnc Configuration		Defined TXT keys: None		2012-07-10	
	t	a	hue	Philips hue protocol		Defined TXT keys: bridgeid, modelid		2017-11-01	2019-08-09
	t	a	huesync	Philips Hue Sync control protocol		Defined TXT keys: name, devicetype, uniqueid, path		2019-07-31	
	tu	a	hyperstream	Atempo HyperStream deduplication server		Defined TXT keys:   version=x.y.z.w\n  uuid=<36 bytes UUID string>\n  host=<real host name>			
	tu	a	iad1	BBN IAD		This service name is no longer in use.			2013-05-24
	tu	a	iad2	BBN IAD		This service name is no longer in use.			2013-05-24
	tu	a	iad3	BBN IAD		This service name is no longer in use.			2013-05-24
	t	a	iaudit	Braemar Inventory audit		Defined TXT keys: None		2014-03-05	
	tu	a	ibiz	iBiz Server		Defined TXT keys: None			
	tu	a	ica-networking	Image Capture Networking		Defined TXT keys: None			
	tu	a	ican	Northrup Grumman/TASC/ICAN Protocol		Defined TXT keys: None			
	tu	a	ichalkboard	iChalk		Defined TXT keys: None			
	tu	a	ichat	iChat 1.0		Defined TXT keys: Proprietary			
	tu	a	ici	ICI					
	tu	a	iconquer	iConquer		Defined TXT keys: None			
	t	a	icontrolbox	A Remote Control Application service used to control Computers on a Local Area Network		Defined TXT keys: None		2013-07-08	
	tu	a	idata	Generic Data Acquisition and Control Protocol		Defined TXT keys: None			
	tu	a	idcws	Intermec Device Configuration Web Services		Defined TXT keys: version=<x.xx>			
	t	a	ideaquest	IDEAQUEST Safety Monitoring System		Defined TXT keys: none		2016-12-12	
	tu	a	idsync	SplashID Synchronization Service		Defined TXT keys: Proprietary			
	tu	a	iffl	iFFL Bonjour service for communication between client and server applications.		Defined TXT keys: None		2016-03-20	
	tu	a	ifolder	Published iFolder		Defined TXT keys: version=?			
	tu	a	ihouse	Idle Hands iHouse Protocol		Defined TXT keys: None			
	tu	a	ii-drills	Instant Interactive Drills		Defined TXT keys: None			
	tu	a	ii-konane	Instant Interactive Konane		Defined TXT keys: None			
	tu	a	ilynx	iLynX		Defined TXT keys: None			
	t	a	im	Instant Messaging	RFC3861				
	u	a	im	Instant Messaging	RFC3861				
	t	a	imagescal	ImagesCal App Data Sharing		Defined TXT keys: None		2014-07-22	
	tu	a	imidi	iMidi		Defined TXT keys: None			
	t	a	imgsync	Protocol synchronizing Image data		Defined TXT keys: srvver, mf, md, mn, tid, srv, sid, myhwa, imglist, devAid, serAid, vever		2013-03-28	
	t	a	ims-ni	Noise Inspector		Defined TXT keys:  SN (serial number), SVER (software version), HVER (hardware version), PVER (protocol version))		2012-08-24	
	tu	a	indigo-dvr	Indigo Security Digital Video Recorders		Defined TXT keys: Proprietary			
	t	a	infboard	InfBoard interactive whiteboard protocol		Defined TXT keys: Proprietary		2011-10-17	
	t	a	informacast	Listing Singlewire InformaCast servers		Defined TXT keys: None		2019-03-11	
	t	a	innergroup	Service for a Communications App		Defined TXT keys: None		2015-05-28	
	tu	a	inova-ontrack	Inova Solutions OnTrack Display Protocol		Defined TXT keys: None			
	t	a	iot	Internet-of-things (IoT) JSON telegram service		Defined TXT keys: <type>:application specific kind of protocol; <vers>:version of the 'type'; <device>:device descriptor		2015-11-05	
	t	a	iota	iotaMed medical records server		Defined TXT keys: none		2011-10-18	
	tu	a	ipbroadcaster	IP Broadcaster		Defined TXT keys: None			
	t	a	iperfd	Network socket performance test		Defined TXT keys: None		2022-09-02	
	u	a	iperfd	Network socket performance test		Defined TXT keys: None		2022-09-02	
	tu	a	ipspeaker	IP Speaker Control Protocol		Defined TXT keys: None			
	t	a	iqp	Control protocol for Phase One devices		Defined TXT keys: txtvers,mk,md,us,un,ss,auth		2018-01-16	
	t	a	irc-iot	The universal protocol for building IoT		Defined TXT keys: _irc-iot		2019-12-20	
	t	a	ir-hvac-000	HVAC SMIL Server		Defined TXT keys: None		2011-09-28	
	tu	a	irelay	iRelay application discovery service		Defined TXT keys: Proprietary			
	tu	a	irmc	Intego Remote Management Console		Defined TXT keys: RMC Client Version=<version>, MAC Address=<address>			
	t	a	irobotmcs	iRobot Monitor and Control Service		Defined TXT keys: None		2013-11-07	
	u	a	irobotmcs	iRobot Monitor and Control Service		Defined TXT keys: None		2013-11-07	
	t	a	iroid-sd	Iroid Data Service Discovery		Defined TXT keys: none		2016-04-22	
	t	a	irradiatd-iclip	iClip clipboard transfer		Defined TXT keys: none		2012-06-19	
	t	a	irt-sharing	Image Resizer Toolbox preview sharing service		Defined TXT keys: irtshrng		2015-06-30	
	tu	a	isparx	iSparx		Defined TXT keys: None			
	tu	a	ispq-vc	iSpQ VideoChat		Defined TXT keys: None			
	tu	a	ishare	iShare		Defined TXT keys: None			
	tu	a	isticky	iSticky		Defined TXT keys: None			
	tu	a	istorm	iStorm		Defined TXT keys: None			
	t	a	isynchronize	iSynchronize data synchronization protocol		Defined TXT keys: none		2011-10-11	
	t	a	itap-publish	iTap Publishing Service		Defined TXT keys: uuid=<unique server key>		2011-10-11	
	tu	a	itis-device	IT-IS International Ltd. Device		Defined TXT keys:   type=<product type>\n  configuration=<product configuration>\n  description=<human readable description>\n  version=<device and protocol version>			
	tu	a	itsrc	iTunes Socket Remote Control		Defined TXT keys: None			
	tu	a	ivef	Inter VTS Exchange Format		Defined TXT keys: None			
	tu	a	iwork	iWork Server		Defined TXT keys: None			
	t	a	izira	Integrated Business Data Exchange		Defined TXT keys: u=<username> p=<password> m=<manifest_name> o=<owner_name> s=<site_name>		2020-09-04	
	tu	a	jcan	Northrup Grumman/TASC/JCAN Protocol		Defined TXT keys: None			
	tu	a	jeditx	Jedit X		Defined TXT keys: None			
	tu	a	jini	Jini Service Discovery		Defined TXT keys: None			
	t	a	jmap	JSON Meta Application Protocol	RFC8620	This service name was previously assigned under the\n      name "JSON Mail Access Protocol". This has been de-assigned and\n      re-assigned with the approval of the previous assignee.		2016-01-22	2019-07-16
	t	a	jnx-kcsync	jollys keychain cloud sync protocol		Defined TXT keys: hash=<40hex characters>\n      salt=<40hex characters>\n      uuid=<40hex characters>\n      Example:\n      hash=5e7580598c0d7064d4fc79faaeb42585e1a675f8\n      salt=f0164cb3a0c3d7efe75abea8fda86d2d56c8dda9\n      uuid=db61dc092922252e45bbb264f59147138c7fd5fa		2011-10-24	
	tu	a	jtag	Proprietary		Defined TXT keys: blocked=<name of the device>, version=<firmware/instrument controller version>			
	t	a	jukebox	Jukebox Request Service		Defined TXT keys: None		2011-10-18	
	t	a	jukejoint	Music sharing protocol		Defined TXT keys: none		2016-04-12	
	t	a	keynoteaccess	KeynoteAccess is used for sending remote requests/responses when controlling a slideshow with Keynote Remote		Defined TXT keys: None		2011-10-12	
	t	a	keynotepairing	KeynotePairing is used to pair Keynote Remote with Keynote		Defined TXT keys: None		2011-10-12	
	t	a	kiwin	Topology Discovery		Defined TXT keys: kiwin, top		2015-06-30	
	t	a	knx	KNX Discovery Protocol		Defined TXT keys: None		2023-08-10	
	u	a	knx	Discovery in KNX IoT Point API		Defined TXT keys: None		2022-10-21	
	tu	a	ktp	Kabira Transaction Platform		Defined TXT keys: None			
	t	a	kyma	Symbolic Sound Kyma Service Discovery		Defined TXT keys: None		2018-11-28	
	tu	a	la-maint	IMP Logical Address Maintenance		This service name is no longer in use.			2013-05-24
	u	a	labyrinth	Labyrinth local multiplayer protocol		Defined TXT keys: None			
	tu	a	lan2p	Lan2P Peer-to-Peer Network Protocol		Defined TXT keys: None			
	tu	a	lapse	Gawker		Defined TXT keys: None			
	t	a	larvaio-control	Larva IP Controller		Defined TXT keys: None		2019-02-11	
	u	a	larvaio-control	Larva IP Controller		Defined TXT keys: None		2019-02-11	
	tu	a	leaf	Lua Embedded Application Framework		Defined TXT keys:   name=<readable name>\n  product=<product name/model>\n  version=<version number>			
	tu	a	lexicon	Lexicon Vocabulary Sharing		Defined TXT keys: None			
	tu	a	liaison	Liaison		Defined TXT keys: None			
	tu	a	library	Delicious Library 2 Collection Data Sharing Protocol		Defined TXT keys: None			
	tu	a	libratone	Protocol for setup and control of Libratone products		Defined TXT keys: None		2011-10-27	
	tu	a	licor	LI-COR Biosciences instrument discovery		Defined TXT keys: None		2011-10-18	
	tu	a	llrp-secure	RFID reader Low Level Reader Protocol over SSL/TLS		Defined TXT keys: None			
	tu	a	lobby	Gobby		Defined TXT keys: None			
	u	a	logicnode	Logic Pro Distributed Audio		Defined TXT keys: None			
	t	a	logsheetserver	logSheet Server Synchronization Server		Defined TXT keys: lssvers		2020-05-06	
	tu	a	lonbridge	Echelon LonBridge Server		Defined TXT keys: None			
	tu	a	lontalk	LonTalk over IP (ANSI 852)		Defined TXT keys: None			
	tu	a	lonworks	Echelon LNS Remote Client		Defined TXT keys: None			
	tu	a	lsys-appserver	Linksys One Application Server API		Defined TXT keys:    path=value (relative URL)\n   engname=value (string)			
	tu	a	lsys-camera	Linksys One Camera API		Defined TXT keys:    brand=value (string)\n   model=value (string)\n   version=value (string)			
	tu	a	lsys-ezcfg	LinkSys EZ Configuration		Defined TXT keys:   model=value (string)\n  serial=value (sring)\n  hwversion=value (string)\n  swversion=value (string)\n  ifversion=value (string)\n  type=value (string)\n  mac=value (12 hex digits)			
	tu	a	lsys-oamp	LinkSys Operations, Administration, Management, and Provisioning		Defined TXT keys:   model=value (string)\n  serial=value (sring)\n  hwversion=value (string)\n  swversion=value (string)\n  ifversion=value (string)\n  type=value (string)\n  mac=value (12 hex digits)			
	t	a	lumiere	A protocol to remotely control DMX512 devices over the network		Defined TXT keys: None		2011-10-13	
	t	a	lumis-lca	Lumis Cache Appliance Protocol		Defined TXT keys: none		2011-10-24	
	tu	a	lux-dtp	Lux Solis Data Transport Protocol		Defined TXT keys: None			
	tu	a	lxi	LXI		Defined TXT keys: txtvers, *IDN?=<response defined by IEEE 488; e.g., manufacturer, model, serial number, version>			
	tu	a	lyrics	iPod Lyrics Service		Defined TXT keys: Proprietary			
	t	a	M30S1PT	Moritz30-Project Standard protocol 1 Plain Text		Defined TXT keys: None		2015-12-07	
	u	a	M30S1PT	Moritz30-Project Standard protocol 1 Plain Text		Defined TXT keys: None		2015-12-07	
	tu	a	macfoh	MacFOH		Defined TXT keys: None			
	tu	a	macfoh-admin	MacFOH admin services		Defined TXT keys: None			
	u	a	macfoh-audio	MacFOH audio stream		Defined TXT keys: None			
	u	a	macfoh-events	MacFOH show control events		Defined TXT keys: None			
	u	a	macfoh-data	MacFOH realtime data		Defined TXT keys: None			
	tu	a	macfoh-db	MacFOH database		Defined TXT keys: None			
	tu	a	macfoh-remote	MacFOH Remote		Defined TXT keys: None			
	tu	a	macminder	Mac Minder		Defined TXT keys: None			
	tu	a	maestro	Maestro Music Sharing Service		Defined TXT keys: None			
	tu	a	magicdice	Magic Dice Game Protocol		Defined TXT keys: None			
	tu	a	mandos	Mandos Password Server		Defined TXT keys: None			
	t	a	mas	Pravala Mobility and Aggregation Service		Defined TXT keys: None		2016-06-01	
	u	a	mas	Pravala Mobility and Aggregation Service		Defined TXT keys: None		2016-06-01	
	tu	a	matrix	MATRIX Remote AV Switching		Defined TXT keys: None			
	t	a	matterc	Matter Commissionable Node Discovery		Defined TXT keys: None		2021-05-21	
	u	a	matterc	Matter Commissionable Node Discovery		Defined TXT keys: None		2021-05-21	
	t	a	matterd	Matter Commissioner Discovery		Defined TXT keys: None		2021-05-21	
	u	a	matterd	Matter Commissioner Discovery		Defined TXT keys: None		2021-05-21	
	t	a	mavlink	MAVLink Micro Air Vehicle Communication Protocol		Defined TXT keys: 0		2011-10-20	
	u	a	mazepseudo-game	Peer to peer communication between instances of the Maze Pseudo game.		Defined TXT keys: 1 TXT record key for the RSA public key used by the server instance.		2016-02-02	2016-03-30
	tu	a	mbconsumer	MediaBroker++ Consumer		Defined TXT keys: None			
	tu	a	mbproducer	MediaBroker++ Producer		Defined TXT keys: None			
	tu	a	mbserver	MediaBroker++ Server		Defined TXT keys: None			
	tu	a	mconnect	ClairMail Connect		Defined TXT keys: None			
	tu	a	mcrcp	MediaCentral		Defined TXT keys: None			
	tu	a	mediaboard1	MediaBoardONE Asset and Information Manager data sharing and synchronization protocol		Defined TXT keys: None			
	t	a	mediatap	Mediatap streaming protocol		Defined TXT keys: Proprietary		2011-10-11	
	t	a	mercurydock	Mercury Dock Assistant		Defined TXT keys:  status, signature, ver		2014-03-10	
	tu	a	mesamis	Mes Amis		Defined TXT keys: None			
	u	a	meshcop	Thread Mesh Commissioning		Defined TXT keys: Thread 1.1 Specification, Section 8.4.1.1.2. https://www.threadgroup.org/ThreadSpec		2020-11-20	
	u	a	meshcop-e	Thread Mesh Commissioning Ephemeral-key		Defined TXT keys: TXT records keys, if any, will be defined in Section 8.12 of the Thread Specification. https://www.threadgroup.org/ThreadSpec		2024-01-22	
	tu	a	mi-raysat	Mental Ray for Maya		Defined TXT keys: None			
	t	a	microdeep	A protocol for controlling a microscope		Defined TXT keys: txtvers version name uuid		2023-08-02	
	u	a	midi2	MIDI 2.0 Device Discovery		Defined TXT keys: EndpointName, ProductInstanceId		2023-11-07	
	t	a	mieleacs	Protocol for connected accessories		Defined TXT keys: txtvers and proprietary keys		2018-04-20	
	t	a	mieleathome	Miele@home Protocol		Defined TXT keys: txtvers and proprietary keys		2014-03-13	
	t	a	mieleprof	Miele protocol for prof. appliances		Defined TXT keys: txtvers and proprietary keys		2018-04-20	
	t	a	mielesemiprof	Miele protocol for semi prof. appliances		Defined TXT keys: txtvers and proprietary keys		2018-04-20	
	t	a	mist	A Medical Interoperability Service Type, used to identify medical devices providing network interfaces.		Defined TXT keys: https://www.praesentia.com/medkit/mist-service-type (dn dt md mf pr sn vn)		2017-01-12	
	t	a	mles	Mles is a client-server data distribution protocol targeted to serve as a lightweight and reliable distributed publish/subscribe database service.		Defined TXT keys: None		2017-02-24	2024-01-05
	t	a	mmm	Provides a client with access to the Mathematical Mesh, a user-focused PKI.		Defined TXT keys: None		2015-11-18	
	t	a	mn-passage	A Remote Control Application service used to control Computers on a Local Area Network		Defined TXT keys: inherited from bonjour/iOS multipeer connectivity		2013-07-09	
	u	a	mn-passage	A Remote Control Application service used to control Computers on a Local Area Network		Defined TXT keys: inherited from bonjour/iOS multipeer connectivity		2013-07-09	
	tu	a	modolansrv	modo LAN Services		Defined TXT keys: None			
	t	a	mogeneti-auth	Authentication service for Mogeneti Software Applications		Defined TXT keys: none		2012-09-26	
	u	a	moncon	Sonnox MCON monitor controller protocol		Defined TXT keys: None		2018-08-15	
	tu	a	moneysync	SplashMoney Synchronization Service		Defined TXT keys: Proprietary			
	tu	a	moneyworks	MoneyWorks Gold and MoneyWorks Datacentre network service		Defined TXT keys: None			
	tu	a	moodring	Bonjour Mood Ring tutorial program		Defined TXT keys: txtvers=1 mood=<ascii digit from 0-4>			
	tu	a	mother	Mother script server protocol		Defined TXT keys: user, ssl			
	tu	a	movieslate	MovieSlate digital clapperboard		Defined TXT keys: Proprietary			
	tu	a	mp3sushi	MP3 Sushi		Defined TXT keys: None			
	tu	a	mqtt	IBM MQ Telemetry Transport Broker		Defined TXT keys: topics=<open topic to subscribe to for information>, eg topic=/info			
	tu	a	mslingshot	Martian SlingShot		Defined TXT keys: displayName, passwordRequired, acceptsUpdates			
	t	a	msrps	MSRP protocol over TLS	RFC4976	Defined TXT keys:			2014-04-25
	tu	a	mumble	Mumble VoIP communication protocol		Defined TXT keys: None			
	tu	a	musicmachine	Protocol for a distributed music playing service		Defined TXT keys: apiversion, passreq			
	tu	a	mysync	MySync Protocol		Defined TXT keys: None			
	tu	a	mttp	MenuTunes Sharing		Defined TXT keys: None			
	tu	a	mxim-art2	Maxim Integrated Products Automated Roadtest Mk II		Defined TXT keys: Proprietary			
	tu	a	mxim-ice	Maxim Integrated Products In-circuit Emulator		Defined TXT keys: Proprietary			
	tu	a	mxs	MatrixStore		Defined TXT keys: None\n  mxs.system.id=<system id>\n  mxs.system.version=<system layer version>\n  mxs.cluster.id=<cluster id the system belongs to>			
	t	a	naio	NetAcquire server input/output protocol		Defined TXT keys: txtvers, fn		2018-06-20	
	t	a	nasmon	Proprietary communication protocol for NAS Monitor		Defined TXT keys: Proprietary		2012-10-09	
	u	a	nasmon	Proprietary communication protocol for NAS Monitor		Defined TXT keys: Proprietary		2012-10-09	
	t	a	nasunifiler	This DNS-SD service is used by mobile clients to locate the Nasuni Filer (a storage product) for a given company.		Defined TXT keys: companyfullname == The name of the company hosting the Nasuni Filer		2016-01-22	
	tu	a	ncbroadcast	Network Clipboard Broadcasts		Defined TXT keys: Contact The ZAZ Software <networkclipboard at thezaz.com>			
	tu	a	ncdirect	Network Clipboard Direct Transfers		Defined TXT keys: Contact The ZAZ Software <networkclipboard at thezaz.com>			
	t	a	ncount-issuer	The issuer service in the n-Count electronic value transfer system		Defined TXT keys: None		2013-01-22	
	tu	a	ncsyncserver	Network Clipboard Sync Server		Defined TXT keys: Contact The ZAZ Software <networkclipboard at thezaz.com>			
	t	a	ndi	IP based video discovery and usage		Defined TXT keys: Proprietary		2022-11-22	
	u	a	ndi	IP based video discovery and usage		Defined TXT keys: Proprietary		2022-11-22	
	t	a	nedap-aepu	Nedap AEOS processing unit		Defined TXT keys: None		2014-08-28	
	u	a	neoriders	NeoRiders Client Discovery Protocol		Defined TXT keys: None			
	t	a	netready	UpdateLogic NetReady Device Identification		Defined TXT keys: Proprietary		2014-10-27	
	tu	a	netrestore	NetRestore		Defined TXT keys: message, status, progress			
	t	a	netvu-video	AD Group NetVu Connected Video		Defined TXT keys: none		2011-10-11	
	t	a	nextcap	Proprietary communication protocol for NextCap capture solution		Defined TXT keys: Proprietary		2012-04-24	
	u	a	nextcap	Proprietary communication protocol for NextCap capture solution		Defined TXT keys: Proprietary		2012-04-24	
	t	a	nfs-domainroot	NFS service for the domain root, the root of an organization's published file namespace.	RFC6641	Defined TXT keys: None		2012-04-24	
	t	a	ngr-keydist	NGR Key Distribution		Defined TXT keys: None		2017-04-18	
	t	a	ni	National Instruments Network Device		Defined TXT keys: MAC, DevClass, ProdId, ProdName, SerialNo, Status, ImgPath, Comment		2011-10-24	
	t	a	ni-ftp	NI FTP		Defined TXT keys: None		2017-05-18	
	u	a	ni-ftp	NI FTP		Defined TXT keys: None		2017-05-18	
	t	a	ni-mail	NI MAIL		Defined TXT keys: None		2017-05-18	
	u	a	ni-mail	NI MAIL		Defined TXT keys: None		2017-05-18	
	t	a	ni-rt	National Instruments Real-Time Target		Defined TXT keys: MAC, OS, OSVer, ProcArch		2011-10-24	
	t	a	ni-sysapi	National Instruments System API Service		Defined TXT keys: MAC, Experts, Version		2011-10-24	
	t	a	nodel	Lightweight event based control protocol utilising JavaScript Object Notation		Defined TXT keys: None		2013-02-07	
	t	a	nq	Network Quality test server endpoint		Defined TXT keys: None		2022-07-11	
	tu	a	ntlx-arch	American Dynamics Intellex Archive Management Service		Defined TXT keys: txtvers, macaddress, protovers, model, serial			
	tu	a	ntlx-ent	American Dynamics Intellex Enterprise Management Service		Defined TXT keys: txtvers, macaddress, protovers, model, serial			
	tu	a	ntlx-video	American Dynamics Intellex Video Service		Defined TXT keys: txtvers, macaddress, protovers, model, serial, control, event			
	u	a	ntx	Tenasys		Defined TXT keys: None			
	t	a	nusdp	Nuance Unity Service Discovery Protocol		Defined TXT keys: None		2017-04-20	
	t	a	oak	Oak Device Services		Defined TXT keys: None		2017-02-09	
	u	a	oak	Oak Device Services		Defined TXT keys: None		2017-02-09	
	tu	a	obf	Observations Framework		Defined TXT keys: version=<value>			
	tu	a	objective	Means for clients to locate servers in an Objective (http://www.objective.com) instance.		Defined TXT keys:   txtvers='1'\n  type={'production'|'standby'|'test'|'demo'}\n  protocol={['SOAP'],['CORBA']}\n  transport=['iiop']|['http']			
	t	a	oca	Insecure OCP.1 protocol, which is the insecure TCP/IP implementation of the Object Control Architecture		Defined TXT keys: txtvers=1 protovers=x		2012-10-11	
	u	a	oca	Insecure OCP.1 protocol, which is the insecure TCP/IP implementation of the Object Control Architecture		Defined TXT keys: txtvers=1 protovers=x		2012-10-11	
	t	a	ocasec	Secure OCP.1 protocol, which is the secure TCP/IP implementation of the Object Control Architecture		Defined TXT keys: txtvers=1 protovers=x		2012-10-11	
	u	a	ocasec	Secure OCP.1 protocol, which is the secure TCP/IP implementation of the Object Control Architecture		Defined TXT keys: txtvers=1 protovers=x		2012-10-11	
	t	a	ocaws	Insecure OCP.1 hosted on a WebSocket		Defined TXT keys: txtvers protovers path		2017-05-19	
	tu	a	oce	Oce Common Exchange Protocol		Defined TXT keys: type, version			
	tu	a	od-master	OpenDirectory Master		Defined TXT keys: None			
	tu	a	odabsharing	OD4Contact		Defined TXT keys: None			
	tu	a	odisk	Optical Disk Sharing		Defined TXT keys: sys, dkX			
	tu	a	officetime-sync	OfficeTime Synchronization Protocol		Defined TXT keys: None			
	tu	a	ofocus-conf	OmniFocus setting configuration		Defined TXT keys: None			
	tu	a	ofocus-sync	OmniFocus document synchronization		Defined TXT keys: Proprietary			
	t	a	ola	Web Interface for the Open Lighting Architecture Software		Subtypes: _www-http\n      Defined TXT keys: None		2013-12-09	2014-02-25
	u	a	olpc-activity1	One Laptop per Child activity		Defined TXT keys: Shared_Activity_Protocol_1.0			
	tu	a	oma-bcast-sg	OMA BCAST Service Guide Discovery Service		Defined TXT keys: None			
	t	a	omadm-bootstrap	Open Mobile Alliance (OMA) Device Management (DM) Bootstrap Server Discovery Service		Defined TXT keys: None		2011-08-19	
	tu	a	omni-bookmark	OmniWeb		Defined TXT keys: None			
	tu	a	omni-live	Service for remote control of Omnisphere virtual instrument		Defined TXT keys: omni-livetxt.html			
	t	a	omnistate	Resource state update notifications		Defined TXT keys: Proprietary		2020-07-10	
	t	a	onenet-info	OneNet Application Information Service		Defined TXT keys: txtvers, protovers, path		2019-12-09	2023-12-27
	t	a	onenet-pairing	OneNet Pairing		Defined TXT keys: txtvers, protovers, id, path		2019-12-09	2023-12-27
	u	a	onenet-pgn	OneNet PGN Transport Service		Defined TXT keys: txtvers, protovers, nmea-name		2019-12-09	2023-12-27
	tu	a	openbase	OpenBase SQL		Defined TXT keys: None			
	u	a	opencu	Conferencing Protocol		Defined TXT keys: None			
	t	a	openpath	Discovery of OpenPath appliances		Defined TXT keys: Proprietary		2018-01-11	
	tu	a	oprofile	oprofile server protocol		Defined TXT keys: None			
	t	a	oro	ORO Core server REST configuration and control API		Defined TXT keys: serial, pid, model, vers, subt, dspn, cfgs, gui			
	u	a	oscit	Open Sound Control Interface Transfer		Defined TXT keys: None			
	tu	a	ovready	ObjectVideo OV Ready Protocol		Defined TXT keys: txtvers, protovers			
	tu	a	owhttpd	OWFS (1-wire file system) web server		Defined TXT keys: txtvers			
	tu	a	parentcontrol	Remote Parental Controls		Defined TXT keys: None			
	tu	a	passwordwallet	PasswordWallet Data Synchronization Protocol		Defined TXT keys: None			
	tu	a	pcast	Mac OS X Podcast Producer Server		Defined TXT keys: None			
	u	a	p2pchat	Peer-to-Peer Chat (Sample Java Bonjour application)		Defined TXT keys: None			
	t	a	p2pstorage-sec	DataBOND p2p storage		Defined TXT keys: txtvers, machineid, status		2012-11-19	
	t	a	pairandshare	Pair & Share data protocol		Defined TXT keys: Proprietary		2011-10-18	
	t	a	panoply	Panoply multimedia composite transfer protocol		Defined TXT keys: None			
	t	a	parabay-p2p	Parabay P2P protocol		Defined TXT keys: None			
	t	a	parity	PA-R-I-Ty (Public Address - Radio - Intercom - Telefony)		Defined TXT keys: Proprietary		2011-10-20	
	u	a	parity	PA-R-I-Ty (Public Address - Radio - Intercom - Telefony)		Defined TXT keys: Proprietary		2011-10-20	
	t	a	payload-app	Local and remote file transfers		Defined TXT keys: _payload._tcp.local, _payload._udp.local		2022-12-02	
	u	a	payload-app	Local and remote file transfers		Defined TXT keys: _payload._tcp.local, _payload._udp.local		2022-12-02	
	t	a	pblr	Peblar EV charger		Defined TXT keys: \nenabled=<true|false> API is enabled/disabled\naccmode=<read|readwrite> Access mode of the API\nversion=<x.y> API version\nsn=<sn> Serial number of the product		2025-01-13	
	tu	a	pgpkey-hkp	Horowitz Key Protocol (HKP)		Defined TXT keys: None			
	tu	a	pgpkey-http	PGP Keyserver using HTTP/1.1		Defined TXT keys: path=<path on the server where the HKP applications reside>\n                  normally: "path=/pks/"			
	tu	a	pgpkey-https	PGP Keyserver using HTTPS		Defined TXT keys: path=<path on the server where the HKP applications reside>\n                  normally: "path=/pks/"			
	tu	a	pgpkey-ldap	PGP Keyserver using LDAP		Defined TXT keys: None			
	tu	a	pgpkey-mailto	PGP Key submission using SMTP		Defined TXT keys: user=<user portion of the mail address>			
	tu	a	photoparata	Photo Parata Event Photography Software		Defined TXT keys: None			
	t	a	photoshow	Show Photos over TCP		Defined TXT keys: None		2014-07-30	
	t	a	photosmithsync	Photosmith's iPad to Lightroom sync protocol		Defined TXT keys: None		2011-10-27	
	tu	a	pictua	Pictua Intercommunication Protocol		Defined TXT keys: None			
	tu	a	piesync	pieSync Computer to Computer Synchronization		Defined TXT keys: None			
	t	a	pipedal	Pi Pedal Web Interface		Defined TXT keys: None		2021-08-18	
	tu	a	piu	Pedestal Interface Unit by RPM-PSI		Defined TXT keys: None			
	tu	a	pkixrep	Public Key Infrastructure Repository Locator Service	RFC4386				
	tu	a	poch	Parallel OperatiOn and Control Heuristic (Pooch)		Defined TXT keys: None			
	t	a	pochi	A presenter to audience transfer service		Defined TXT keys: key "txtvers" for specification versioning, and key "name" representing the advertising presentation string value name for the audience application to retrieve and display.		2018-07-11	
	t	a	podcastproxy	Protocol for communication between Podcast		Defined TXT keys: None		2011-10-07	
	tu	a	pokeeye	Communication channel for "Poke Eye" Elgato EyeTV remote controller		Defined TXT keys: None			
	tu	a	powereasy-erp	PowerEasy ERP		Defined TXT keys: ip, port, name, instance, cgi-alias, major-version, minor-version, custom			
	tu	a	powereasy-pos	PowerEasy Point of Sale		Defined TXT keys: ip, port, type, device-id, major-version, minor-version, custom			
	tu	a	pplayer-ctrl	Piano Player Remote Control		Defined TXT keys: Proprietary			
	t	a	pres	Presence	RFC3861				
	u	a	pres	Presence	RFC3861				
	tu	a	presence	Peer-to-peer messaging / Link-Local Messaging		Defined TXT keys: See http://www.xmpp.org/registrar/linklocal.html\nNote: Registration updated May 2007. Was formerly listed as "iChat AV" \n(Apple's IM client for Mac OS X) with TXT keys: txtvers, port.p2pj, phsh, vc,\n1st, AIM, msg, status, last When first shipped in Mac OS X 10.2, iChat's\npeer-to-peer messaging protocol was created to solve the problem of serverless\nmessaging between peers on the same link.  However, there is nothing inherent \nin the protocol that limits it to being only link-local; it was simply \nan artifact of iChat in Mac OS X 10.2 using link-local Multicast DNS to\ndiscover peers. With the advent of Wide-Area DNS-SD, it is also possible \nto use iChat's peer-to-peer messaging between machines on different links.			
	tu	a	print-caps	Retrieve a description of a device's print capabilities		Defined TXT keys: None			
	t	a	printopia	Printopia Server		Defined TXT keys: uuid, vers, pvers		2011-10-24	2015-04-11
	tu	a	profilemac	Profile for Mac medical practice management software		Defined TXT keys: None			
	tu	a	prolog	Prolog		Defined TXT keys: version=<version number>			
	tu	a	protonet	Protonet node and service discovery protocol		Defined TXT keys: version, notes			
	u	a	psap	Progal Service Advertising Protocol		Defined TXT keys: c0, c1, ..., cn			
	tu	a	psia	Physical Security Interoperability Alliance Protocol		Defined TXT keys: txtvers, protovers			
	t	a	pstmailsync	File synchronization protocol for Pst Mail Sync		Defined TXT keys: uuid=<unique instance identifier>		2012-04-26	
	t	a	pstmailsync-ssl	Secured file synchronization protocol for Pst Mail Sync		Defined TXT keys: uuid=<unique instance identifier>		2012-04-26	
	tu	a	ptnetprosrv2	PTNetPro Service		Defined TXT keys: None\nProfiling and performance analysis protocol for Shark 4.0 and BigTop.			
	t	a	ptp-init	Picture Transfer Protocol(PTP) Initiator		Defined TXT keys: srvver, mn, mf, md, srv, tid		2011-10-03	
	tu	a	ptp-req	PTP Initiation Request Protocol		Defined TXT keys: txtvers, guid, c0, c1, c2, ..., where the number of c_n attributes is variable			
	t	a	pulsar	Network service for Pulsar messaging and data sharing mobile app		Defined TXT keys: None		2024-02-19	
	tu	a	puzzle	Protocol used for puzzle games		Defined TXT keys: None			
	t	a	pvaccess	Experimental Physics and Industrial Control System		Defined TXT keys: None		2012-03-23	
	tu	a	qbox	QBox Appliance Locator		Defined TXT keys: None			
	tu	a	qttp	QuickTime Transfer Protocol		Defined TXT keys: u=<username> p=<password> path=<path to document> (Same as for _http._tcp)			
	t	a	quad	Distributed Game Data		Defined TXT keys: Proprietary		2011-10-25	
	tu	a	quinn	Quinn Game Server		Defined TXT keys: None			
	t	a	qwizcollab	Broadcast of Qwizdom Presentation sessions for joining by a client, such as Qwizdom Notes+.		Defined TXT keys: None		2015-09-21	
	tu	a	rakket	Rakket Client Protocol		Defined TXT keys: None			
	tu	a	radiotag	RadioTAG: Event tagging for radio services		Defined TXT keys: None			
	tu	a	radiovis	RadioVIS: Visualisation for radio services		Defined TXT keys: None			
	tu	a	radioepg	RadioEPG: Electronic Programme Guide for radio services		Defined TXT keys: None			
	t	a	radioport	RadioPort Message Service		Defined TXT keys: NONE		2011-11-23	
	u	a	radioport	RadioPort Message Service		Defined TXT keys: NONE		2011-11-23	
	u	a	radiusdtls	Authentication, Accounting, and Dynamic Authorization via the RADIUS protocol. This service name is used to construct the SRV service label "_radiusdtls" for discovery of RADIUS/DTLS servers.	RFC7585	Defined TXT keys: None		2015-03-23	2015-10-06
	t	a	radiustls	Authentication, Accounting, and Dynamic Authorization via the RADIUS protocol. This service name is used to construct the SRV service label "_radiustls" for discovery of RADIUS/TLS servers.	RFC7585	Defined TXT keys: None		2015-03-23	2015-10-06
	t	a	railduino	Model Railroad Messaging		Defined TXT keys: role=master		2018-01-08	
	tu	a	raop	Remote Audio Output Protocol (AirTunes)		Defined TXT keys: None			2011-10-14
	t	a	rapta	Industrial IOT self-discovery network		Defined TXT keys: version		2022-09-22	
	tu	a	rbr	RBR Instrument Communication		Defined TXT keys: None			
	tu	a	rce	PowerCard		Defined TXT keys: None			
	tu	a	rdp	Windows Remote Desktop Protocol		Defined TXT keys: None			
	tu	a	realplayfavs	RealPlayer Shared Favorites		Defined TXT keys: None			
	t	a	recipe-box	The Recipe Box Exchange		Defined TXT keys: txtvers		2011-08-23	
	t	a	recipe-sharing	Recipe Sharing Protocol		Defined TXT keys: [http://www.recipemanager.org/rsp/rsp10draft.html#dnssd]		2007-11	
	t	a	recolive-cc	Remote Camera Control		Defined TXT keys:  txtvers, cid, nbd, cap		2012-08-29	
	u	a	recolive-cc	Remote Camera Control		Defined TXT keys:  txtvers, cid, nbd, cap		2012-08-29	
	t	a	recordit-itp	Recordit Image Transport Protocol		Defined TXT keys: None		2014-04-14	
	tu	a	remote	Remote Device Control Protocol		Defined TXT keys:   txtvers=<TXT record version tag>\n  protovers=<protocol vesion number>\n  forground=<primary device or system>\n  version=<firmware/instrument controller version>			
	t	a	remotebuddy	Remote Buddy remote control software command and data exchange		Defined TXT keys: None		2014-09-23	
	tu	a	remoteburn	LaCie Remote Burn		Defined TXT keys: server_version, min_client_version			
	tu	a	renderpipe	ARTvps RenderDrive/PURE Renderer Protocol		Defined TXT keys: None			
	tu	a	rendezvouspong	RendezvousPong		Defined TXT keys: None			
	tu	a	renkara-sync	Renkara synchronization protocol		Defined TXT keys: None			
	tu	a	resol-vbus	RESOL VBus		Defined TXT keys: None			
	tu	a	retrospect	Retrospect backup and restore service		Defined TXT keys: None			
	tu	a	rfbc	Remote Frame Buffer Client (Used by VNC viewers in listen-mode)		Defined TXT keys: server=dns-name/ip-address:port of currently displayed VNC server.\n  Empty if not showing anything/available.			
	tu	a	rfid	RFID Reader Mach1(tm) Protocol		Defined TXT keys: None			
	t	a	rgb	RGB Spectrum Device Discovery		Defined TXT keys: Keyboard, Mouse, Option1, Option2, Option3, Option4, ModelName		2011-10-10	
	tu	a	riousbprint	Remote I/O USB Printer Protocol		Defined TXT keys: See BonjourPrinting.pdf.			
	t	a	roambot	Roambot communication		Defined TXT keys: None		2013-10-18	
	t	a	robustirc	Like ircu (RFC1459), but failure tolerant due to strong consistency among n>=3 servers		Defined TXT keys: None		2015-01-07	
	tu	a	roku-rcp	Roku Control Protocol		Defined TXT keys: txtvers=1			
	t	a	roomcast-capi	RoomCast Control Protocol		Defined TXT keys: protocolVersion, uuid		2017-02-01	
	t	a	roomcast-mapi	RoomCast Management Protocol		Defined TXT keys: protocolVersion, uuid		2017-02-01	
	tu	a	rql	RemoteQuickLaunch		Defined TXT keys: None			
	tu	a	rr-disc	Robot Raconteur discovery		Defined TXT keys: None		2014-01-27	
	t	a	rradict	Ruckus Radio Access Device, Installation, Commissioning and Troubleshooting service.		Defined TXT keys: txtvers=<version>, serial=<serial number>, mac=<mac-address>, model=<model number>, opMode=<operational mode>, tx=<transmitter-status>, timing=<timing-status>		2016-03-09	
	tu	a	rsmp-server	Remote System Management Protocol (Server Instance)		Defined TXT keys: apiver=<major.minor>			
	tu	a	rubygems	RubyGems GemServer		Defined TXT keys: None			
	t	a	rxxmiele	Miele protocol robot cleaners		Defined TXT keys: txtvers and proprietary keys		2018-04-20	
	t	a	rym-rrc	Raymarine remote control protocol		Defined TXT keys: raymarine-mfd-rrc-version, raymarine-mfd-model, raymarine-mfd-serial		2012-05-24	2012-06-04
	tu	a	safarimenu	Safari Menu		Defined TXT keys: None			
	tu	a	sallingbridge	Salling Clicker Sharing		Defined TXT keys: None			
	tu	a	sallingclicker	Salling Clicker Service		Defined TXT keys: None			
	tu	a	salutafugijms	Salutafugi Peer-To-Peer Java Message Service Implementation		Defined TXT keys: SalutaProperties			
	tu	a	sandvox	Sandvox		Defined TXT keys: None			
	t	a	savagesoft	Proprietary Client Server Protocol		Defined TXT keys: None		2012-07-13	
	tu	a	sc-golf	StrawberryCat Golf Protocol		Defined TXT keys: None			
	tu	a	scanner	Bonjour Scanning		Defined TXT keys: None			
	t	a	schdca	schindler internal messaging service		Defined TXT keys: None		2018-12-19	
	tu	a	schick	Schick		Defined TXT keys: None			
	t	a	schims	schindler internal messaging service		Defined TXT keys: None		2015-12-05	
	t	a	schlog	logging service		Defined TXT keys: None		2015-12-05	
	t	a	schmpp	Schindler maintenance portal protocol		Defined TXT keys: None		2015-04-30	
	t	a	schoms	schindler object messaging system		Defined TXT keys: None		2015-05-12	
	t	a	schsap	Schindler service authentication portal		Defined TXT keys: None		2015-04-30	
	t	a	schsrmp	Schindler internal messaging service		Defined TXT keys: None		2017-07-07	2017-07-10
	t	a	schvpp	schindler internal messaging service		Defined TXT keys: None		2018-12-19	
	tu	a	scone	Scone		Defined TXT keys: None			
	t	a	scoop-sftp	The service name is used by the SFTP protocol to upload log files from vehicles to road side units in a securely way in a cooperative intelligent transportation system.		Defined TXT keys: None		2016-02-04	
	u	a	scoop-sftp	The service name is used by the SFTP protocol to upload log files from vehicles to road side units in a securely way in a cooperative intelligent transportation system.		Defined TXT keys: None		2016-02-04	
	tu	a	scpi-raw	IEEE 488.2 (SCPI) Socket		Defined TXT keys: None			
	tu	a	scpi-telnet	IEEE 488.2 (SCPI) Telnet		Defined TXT keys: None			
	tu	a	sdsharing	Speed Download		Defined TXT keys: None			
	tu	a	see	SubEthaEdit 2		Defined TXT keys: txtvers=1, name=<Full Name>, userid=<User ID>, version=2			
	tu	a	seeCard	seeCard		Defined TXT keys: None			
	tu	a	senteo-http	Senteo Assessment Software Protocol		Defined TXT keys: None			
	tu	a	sentillion-vlc	Sentillion Vault System		Defined TXT keys: None			
	tu	a	sentillion-vlt	Sentillion Vault Systems Cluster		Defined TXT keys: None			
	tu	a	sepvsync	SEPV Application Data Synchronization Protocol		Defined TXT keys: Proprietary			
	tu	a	serendipd	serendiPd Shared Patches for Pure Data		Defined TXT keys: None			
	tu	a	servereye	ServerEye AgentContainer Communication Protocol		Defined TXT keys: None			
	tu	a	servermgr	Mac OS X Server Admin		Defined TXT keys: None			
	tu	a	services	DNS Service Discovery		Not a service type. Special name reserved for DNS-SD meta queries.			
	tu	a	sessionfs	Session File Sharing		Defined TXT keys: Text keys are the file extensions of any file the user plans to share, i.e. pdf, doc, mp3.			
	t	a	setlistmaker-rc	Remote Control for Set List Maker app		Defined TXT keys: None		2017-04-21	
	t	a	setlistmaker-ss	Screen sharing for Set List Maker app		Defined TXT keys: None		2017-04-21	
	tu	a	sftp-ssh	Secure File Transfer Protocol over SSH		Defined TXT keys: u=<username> p=<password> path=<path>			
	tu	a	sge-exec	Sun Grid Engine (Execution Host)		Defined TXT keys: None			
	tu	a	sge-qmaster	Sun Grid Engine (Master)		Defined TXT keys: None			
	tu	a	shifter	Window Shifter server protocol		Defined TXT keys:   username     The login username to use (optional)\n  ssh_tunnel   Whether an SSH tunnel must be used (required)\n  iface        The network interface the server is on (required - may be empty)\n  version      Software version (required)\n  ID           Server Identifier (requried)			
	t	a	ship	SHIP (Smart Home IP)		Defined TXT keys: txtvers=<txtVersionNumber> id=<uniqueDeviceIdentifier> path=<wssPath> seesport=<portForSmartEndToEndSecurityIfSupported> register=<registerFlag>		2014-11-10	
	tu	a	shipsgm	Swift Office Ships		Defined TXT keys: None			
	tu	a	shipsinvit	Swift Office Ships		Defined TXT keys: None			
	tu	a	shoppersync	SplashShopper Synchronization Service		Defined TXT keys: Proprietary			
	u	a	shots-sync	The protocol is used to sync database among iOS devices and Mac OS X computers.		Defined TXT keys: None		2016-02-10	
	tu	a	shoutcast	Nicecast		Defined TXT keys: None			
	t	a	siminsufflator	Simulated insufflator synchronisation protocol		Defined TXT keys: None		2014-06-18	
	tu	a	simmon	Medical simulation patient monitor syncronisation protocol		Defined TXT keys: None			
	tu	a	simusoftpong	simusoftpong iPhone game protocol		Defined TXT keys: Proprietary			
	tu	a	sipuri	Session Initiation Protocol Uniform Resource Identifier		Defined TXT keys: Defined in URL specification			
	tu	a	sironaxray	Sirona Xray Protocol		Defined TXT keys: Manufacturer=Sirona			
	t	a	skillscapture	The protocol is used to transfer database records between an iOS device to a Mac OS X computer		Defined TXT keys: None		2013-07-01	
	u	a	skillscapture	The protocol is used to transfer database records between an iOS device to a Mac OS X computer		Defined TXT keys: None		2013-07-01	
	tu	a	skype	Skype		Defined TXT keys: platform, status, auth, rversion, version			
	u	a	sleep-proxy	Sleep Proxy Server		Defined TXT keys: None			
	t	a	sleeptracker	Sleeptracker(R) The loT Smartbed Platform		Defined TXT keys: serial=<serial> hostname=<host> osVer=<ver> appVer=<ver> unit=<name> environment=<env>		2016-08-17	
	tu	a	slimcli	SliMP3 Server Command-Line Interface		Defined TXT keys: None			
	tu	a	slimhttp	SliMP3 Server Web Interface		Defined TXT keys: None			
	t	a	slpda	Remote Service Discovery in the Service Location	RFC3832				
	u	a	slpda	Remote Service Discovery in the Service Location	RFC3832				
	t	a	smag	terminal access to laundry appliances		Defined TXT keys: mName, tName, lName, Type, Timestamp		2018-11-30	
	t	a	smaho	Smart Home Device Setup		Defined TXT keys: mo, ma, fw, hw, na, id		2021-11-15	
	tu	a	smartenergy	Smart Energy Profile		Defined TXT keys: See http://www.zigbee.org/SmartEnergy			
	t	a	smartsocket	home control		Defined TXT keys: None		2012-07-06	
	tu	a	smb	Server Message Block over TCP/IP		Defined TXT keys: u=<username> p=<password> path=<path>			
	t	a	smimeca	Domain signing certificate for S/MIME keys	draft-bhjl-x509-srv-01	Defined TXT keys: None		2016-07-26	
	tu	a	sms	Short Text Message Sending and Delivery Status Service		Defined TXT keys: Proprietary			
	tu	a	smsync	Syncellence file synchronization protocol		Defined TXT keys: device=<device type>\n      protocol=<version number>\n      os=<operating system name>\n      osver=<operating system version>		2011-10-20	
	t	a	snif-cln	End-to-end TLS Relay Client Connection	https://snif.host/relay-proto#snif-cln	Defined TXT keys: None		2021-12-15	
	t	a	snif-fifo	End-to-end TLS Relay Cluster	https://snif.host/relay-proto#snif-fifo	Defined TXT keys: None		2021-12-15	
	t	a	snif-srv	End-to-end TLS Relay Service Connection	https://snif.host/relay-proto#snif-srv	Defined TXT keys: None		2021-12-29	
	tu	a	soap	Simple Object Access Protocol		Defined TXT keys: None			
	tu	a	socketcloud	Socketcloud distributed application framework		Defined TXT keys: system, service, process, context, direction, status, progress, health, directive, flags			
	t	a	soda	Secure On Device API		Defined TXT keys: a. ssid=<Wi-Fi SSID of the device>\nb. bssid=<Wi-Fi BSSID of the device>		2011-10-10	
	tu	a	souschef	SousChef Recipe Sharing Protocol		Defined TXT keys: None			
	tu	a	sox	Simple Object eXchange		Defined TXT keys: Proprietary			
	tu	a	sparechange	SpareChange data sharing protocol		Defined TXT keys: None			
	tu	a	sparql	SPARQL Protocol and RDF Query Language		Defined TXT keys:   txtvers=1\n  path=<relative or absolute URL of endpoint>\n  protovers=<number> [if not specified then default is 1.0, corresponding to SPARQL version]\n  binding=<HTTP | SOAP> [if not specified then default is HTTP]\n  vocabs=<space separated list of URIs> [RDF vocabularies or OWL ontologies used by the endpoint]\n  metadata=<URL> [to fetch RDF/XML description of SPARQL service]			
	tu	a	spearcat	sPearCat Host Discovery		Defined TXT keys: applicationname=<Application Name>, osname=<OS Name>, sslsupport=<Uses SSL>			
	t	a	spidap	Sierra Photonics Inc. data protocol		Defined TXT keys: None		2011-10-20	
	tu	a	spincrisis	Spin Crisis		Defined TXT keys: None			
	t	a	spiderelectron	Binary message passing protocol		Defined TXT keys: VER, STATUS		2015-02-05	
	tu	a	spl-itunes	launchTunes		Defined TXT keys: None			
	tu	a	spr-itunes	netTunes		Defined TXT keys: None			
	tu	a	splashsync	SplashData Synchronization Service		Defined TXT keys: Proprietary			
	t	a	split-dns64	DNS64 in split configuration		Defined TXT keys: None		2021-10-19	
	t	a	spres	SongPresenter		Defined TXT keys: version, name		2012-10-09	
	t	a	spx-hmp	SpinetiX HMP		Defined TXT keys: txtvers=1\ncport= the port for the content HTTP server\n      (secondary HTTP server used for content publishing)\n      mode= the mode in which the HMP device is currently\n      operating, one of "normal", "safe" or "recovery"\n      serial= serial number of the HMP device\n      firmware= firmware version string (e.g.,\n      2.1.0-0.1.7844)\n      model= model string (e.g., HMP100)		2011-10-18	
	t	a	sqp	Square Connect Control Protocol		Defined TXT keys: Proprietary		2011-10-07	
	t	a	ss-sign	Samsung Smart Interaction for Group Network		Defined TXT keys: None		2013-01-03	
	u	a	ss-sign-disc	Samsung Smart Interaction for Group Network Discovery		Defined TXT keys: None		2013-01-03	
	t	a	ssd-audio	Studio Six Digital Wireless Audio		Defined TXT keys: None		2018-10-26	
	t	a	ssh	SSH Remote Login Protocol		Defined TXT keys:  u=<username> p=<password>			
	tu	a	ssscreenshare	Screen Sharing		Defined TXT keys: None			
	t	a	startrecapp	Remote Controlled Multimedia Recorder Network		Defined TXT keys: None		2015-03-27	
	t	a	stingray-rpc	Stingray Remote Procedure Call		Defined TXT keys: None		2014-05-02	
	t	a	stingray-remote	Stingray remote control		Defined TXT keys: None		2014-05-02	
	tu	a	strateges	Strateges		Defined TXT keys: None			
	tu	a	stanza	Lexcycle Stanza service for discovering shared books		Defined TXT keys: None			
	tu	a	stickynotes	Sticky Notes		Defined TXT keys: None			
	t	a	stotp	One Time Pad Synchronisation		Defined TXT keys: None		2011-10-17	
	t	a	strobe-sync	Strobe Synchronization		Defined TXT keys: Application will rely upon Bonjour version 3.1.0.1		2019-06-13	
	t	a	sugarlock-rcp	Remote control protocol for Sugarlock consumer electronics devices		Defined TXT keys: txtvers=1		2016-01-22	
	u	a	sugarlock-rcp	Remote control protocol for Sugarlock consumer electronics devices		Defined TXT keys: txtvers=1		2016-01-22	
	tu	a	supple	Supple Service protocol		Defined TXT keys: type url			
	tu	a	surveillus	Surveillus Networks Discovery Protocol		Defined TXT keys: None			
	tu	a	svn	Subversion		Defined TXT keys: None			
	tu	a	swcards	Signwave Card Sharing Protocol		Defined TXT keys: None			
	tu	a	switcher	Wireless home control remote control protocol		Defined TXT keys: None			
	tu	a	swordfish	Swordfish Protocol for Input/Output		Defined TXT keys: None			
	tu	a	swyp	Framework for transferring any file from any app, to\n      any app on any device: simply with a swÿp.		Defined TXT keys: NONE		2011-12-06	
	tu	a	sxqdea	Synchronize! Pro X		Defined TXT keys: None			
	tu	a	sybase-tds	Sybase Server		Defined TXT keys: None			
	t	a	synclavier	Remote control of Synclavier Digital Audio Workstation over local area network.		Defined TXT keys: None		2016-01-27	
	tu	a	syncopation	Syncopation Synchronization Protocol by Sonzea		Defined TXT keys: None			
	tu	a	syncqdea	Synchronize! X Plus 2.0		Defined TXT keys: None			
	tu	a	synergy	Synergy Peer Discovery		Defined TXT keys: None			
	tu	a	synksharing	SynkSharing synchronization protocol		Defined TXT keys: None			
	t	a	sztp	This service name is used to construct the\n      SRV service label "_sztp" for discovering\n      SZTP bootstrap servers.	RFC8572	This protocol uses HTTPS as a substrate.		2019-01-17	
	tu	a	taccounting	Data Transmission and Synchronization		Defined TXT keys: None			
	tu	a	tango	Tango Remote Control Protocol		Defined TXT keys: None			
	tu	a	tapinoma-ecs	Tapinoma Easycontact receiver		Defined TXT keys: None			
	tu	a	taskcoachsync	Task Coach Two-way Synchronization Protocol for iPhone		Defined TXT keys: None			
	tu	a	tbricks	tbricks internal protocol		Defined TXT keys: txtvers=1, sesna, seid, setype, cosna, coid,\n    cotype, sysna, syna, syid, subsyid, venid, protocols, pid			
	tu	a	tcode	Time Code		Defined TXT keys: None			
	tu	a	tcu	Tracking Control Unit by RPM-PSI		Defined TXT keys: None			
	tu	a	te-faxserver	TE-SYSTEMS GmbH Fax Server Daemon		Defined TXT keys: Proprietary			
	tu	a	teamlist	ARTIS Team Task		Defined TXT keys: None			
	u	a	ted	Teddington Controls		Defined TXT keys: None		2016-03-21	
	u	a	teleport	teleport		Defined TXT keys: None			
	t	a	tenir-rc	Proprietary		Defined TXT keys: Proprietary		2011-10-27	
	tu	a	tera-fsmgr	Terascala Filesystem Manager Protocol		Defined TXT keys: Proprietary			
	tu	a	tera-mp	Terascala Maintenance Protocol		Defined TXT keys: Proprietary			
	t	a	test-ok	Test Controller Card		Defined TXT keys: TEST-OK Test Controller Card TCCxxxx		2012-09-05	
	tu	a	tf-redeye	ThinkFlood RedEye IR bridge		Defined TXT keys: None			
	t	a	thing	Internet of things service discovery		Defined TXT keys: version, url, location, privacy, support, vendor, about		2019-10-02	
	u	a	thing	Internet of things service discovery		Defined TXT keys: version, url, location, privacy, support, vendor, about		2019-10-02	
	tu	a	thumbwrestling	tinkerbuilt Thumb Wrestling game		Defined TXT keys: None			
	tu	a	ticonnectmgr	TI Connect Manager Discovery Service		Defined TXT keys: None			
	t	a	tic-tac-toe	Tic Tac Toe game		Defined TXT keys: None		2019-05-31	
	t	a	timezone	Time Zone Data Distribution Service - non-TLS	RFC7808	This is an extension of the http service.  Defined\n      TXT keys: path=<context path> (as per Section 6 of [RFC6763]).		2015-08-03	
	t	a	timezones	Time Zone Data Distribution Service - over TLS	RFC7808	This is an extension of the https service.  Defined\n      TXT keys: path=<context path> (as per Section 6 of [RFC6763]).		2015-08-03	
	tu	a	tinavigator	TI Navigator Hub 1.0 Discovery Service		Defined TXT keys: None			
	t	a	tivo-device	TiVo Device Protocol		Defined TXT keys: None		2011-10-18	
	tu	a	tivo-hme	TiVo Home Media Engine Protocol		Defined TXT keys: None			
	t	a	tivo-mindrpc	TiVo RPC Protocol		Defined TXT keys: None		2011-10-18	
	tu	a	tivo-music	TiVo Music Protocol		Defined TXT keys: None			
	tu	a	tivo-photos	TiVo Photos Protocol		Defined TXT keys: None			
	tu	a	tivo-remote	TiVo Remote Protocol		Defined TXT keys: protocol, path, swversion, platform, TSN			
	tu	a	tivo-videos	TiVo Videos Protocol		Defined TXT keys: protocol, path, swversion, platform, TSN			
	t	a	tmsensor	Teledyne Marine Sensor		Defined TXT keys: None		2023-10-03	
	u	a	tmsensor	Teledyne Marine Sensor		Defined TXT keys: None		2023-10-03	
	tu	a	todogwa	2Do Sync Helper Tool for Mac OS X and PCs		Defined TXT keys: None			
	tu	a	tomboy	Tomboy		Defined TXT keys: None			
	tu	a	toothpicserver	ToothPics Dental Office Support Server		Defined TXT keys: None			
	tu	a	touch-able	iPhone and iPod touch Remote Controllable		Defined TXT keys: txtvers, CtlN, DbId, Ver, DvTy, OSsi, DvSv			
	tu	a	touch-remote	iPhone and iPod touch Remote Pairing		Defined TXT keys: txtvers, DvNm, Pair, RemV, RemN, DvTy			
	t	a	tptx-console	Coordination service for client users of the TotalPraisTrax iPad application		Defined TXT keys: None		2014-03-04	
	t	a	transmitr	Service discovery and media transfer for peer to peer mobile media transfer app		Defined TXT keys: None		2013-11-27	
	u	a	trel	Thread Radio Encapsulation Link		Defined TXT keys: xa, xp		2021-12-10	2022-05-20
	tu	a	tri-vis-client	triCerat Simplify Visibility Client		Defined TXT keys: None			
	tu	a	tri-vis-server	triCerat Simplify Visibility Server		Defined TXT keys: None			
	tu	a	tryst	Tryst		Defined TXT keys: None			
	t	a	tsbiis	The Social Broadband Interference Information Sharing		Defined TXT keys: there is no TXT keys defined for this protocol		2012-02-27	
	tu	a	tt4inarow	Trivial Technology's 4 in a Row		Defined TXT keys: None			
	tu	a	ttcheckers	Trivial Technology's Checkers		Defined TXT keys: None			
	tu	a	ttp4daemon	TechTool Pro 4 Anti-Piracy Service		Defined TXT keys: None			
	tu	a	tunage	Tunage Media Control Service		Defined TXT keys: None			
	tu	a	tuneranger	TuneRanger		Defined TXT keys: None			
	t	a	tvm	Vogel's TV mount control		Defined TXT keys: txtvers, model		2022-03-29	
	t	a	twiline-disc	Discovery for Twiline systems		Defined TXT keys: txtvers, protovers, caddr, xbusid		2023-12-04	
	t	a	twinlevel	detect sanitary product		Defined TXT keys: None		2012-09-05	
	t	a	twosnakes	Service to enable multiplayer game called two snakes.		Defined TXT keys: None		2016-06-01	
	s	a	twosnakes	Service to enable multiplayer game called two snakes.		Defined TXT keys: None		2016-06-01	
	t	a	tyba	Tyba control		Defined TXT keys: PRID, HWSN, VERS		2018-08-24	
	t	a	tzrpc	TZ-Software remote procedure call based synchronization protocol		Defined TXT keys: Proprietary		2011-10-12	
	tu	a	ubertragen	Ubertragen		Defined TXT keys: None			
	u	a	ucdynamics-tuc	Tactical Unified Communicator		Defined TXT keys: None		2018-01-31	
	tu	a	uddi	Universal Description, Discovery and Integration		Defined TXT keys: TBD			
	tu	a	uddi-inq	Universal Description, Discovery and Integration Inquiry		Defined TXT keys: TBD			
	tu	a	uddi-pub	Universal Description, Discovery and Integration Publishing		Defined TXT keys: TBD			
	tu	a	uddi-sub	Universal Description, Discovery and Integration Subscription		Defined TXT keys: TBD			
	tu	a	uddi-sec	Universal Description, Discovery and Integration Security		Defined TXT keys: TBD			
	tu	a	upnp	Universal Plug and Play		Defined TXT keys: None			
	tu	a	urlbookmark	URL Advertising		Defined TXT keys: URL=<URL that is advertised>, name=<Name of the bookmark>			
	u	a	usp-agt-coap	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-01-12	
	t	a	usp-agt-http	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-01-12	
	t	a	usp-agt-mqtt	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2020-03-17	
	t	a	usp-agt-stomp	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-01-12	
	t	a	usp-agt-ws	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-09-28	
	u	a	usp-ctr-coap	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-01-12	
	t	a	usp-ctr-http	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-01-12	
	t	a	usp-ctr-mqtt	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2020-03-17	
	t	a	usp-ctr-stomp	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-01-12	
	t	a	usp-ctr-ws	USP discovery	http://www.broadband-forum.org/assignments	Defined TXT keys: see www.broadband-forum.org/assignments		2017-09-28	
	tu	a	uswi	Universal Switching Corporation products		Defined TXT keys: None			
	tu	a	utest	uTest		Defined TXT keys: None			
	tu	a	uwsgi	Unbit Web Server Gateway Interface		Defined TXT keys: None			
	t	a	vapix-http	Indicator for VAPIX support over HTTP		Defined TXT keys: https://help.axis.com/en-us/axis-os#axis-bonjour-implementation		2023-04-18	
	t	a	vapix-https	Indicator for VAPIX support over HTTPS		Defined TXT keys: https://help.axis.com/en-us/axis-os#axis-bonjour-implementation		2023-04-18	
	tu	a	ve-decoder	American Dynamics VideoEdge Decoder Control Service		Defined TXT keys: txtvers, macaddress, protovers, model, serial, path, idp			
	tu	a	ve-encoder	American Dynamics VideoEdge Encoder Control Service		Defined TXT keys: txtvers, macaddress, protovers, model, serial, path, idp			
	tu	a	ve-recorder	American Dynamics VideoEdge Recorder Control Service		Defined TXT keys: txtvers, macaddress, protovers, model, serial, path, idp			
	t	a	vedabase	Application specific synchronization protocol		Defined TXT keys:  txtvers=1		2014-05-27	
	t	a	vhusb	USB over IP Sharing System		Defined TXT keys: <serial number of server>		2015-04-02	
	tu	a	virtualdj	VirtualDJ Remote Control protocol		Defined TXT keys: None		2011-10-12	
	tu	a	visel	visel Q-System services		Defined TXT keys:   Version=<service version>\n  Type=<service type>\n  Name=<service Name>\n  Zone=<service zone>\n  ID=<serviceID>\n  SString=<serviceString>\n  SString1=<serviceString>			
	t	a	voalte2	Server location via DNS-SD		Defined TXT keys: txtvers, name, (others not publicly documented)		2019-01-22	
	t	a	voalte3	Server location via DNS-SD		Defined TXT keys: txtvers, name, (others not publicly documented)		2019-01-22	
	t	a	volterio	Internal Communication Service		Defined TXT keys: None		2021-07-23	
	tu	a	vos	Virtual Object System (using VOP/TCP)		Defined TXT keys:   url=<Object URL with full path>\n  type=<Comma-seperated list of object types>\n  title=<Short title of service>\n  descr=<Short description of service>			
	t	a	voxidahmp	RTP Mixer/Summation Resource		Defined TXT keys: None		2018-12-03	
	t	a	vrmg-p2p	Verimag mobile class protocol over P2P		Defined TXT keys: d=<discovery key>, t=<mobile class ID>		2018-07-20	
	tu	a	vue4rendercow	VueProRenderCow		Defined TXT keys: None			
	tu	a	vxi-11	VXI-11 TCP/IP Instrument Protocol		Defined TXT keys: None			
	t	a	wakeywakey	Proprietary		Defined TXT keys: None		2012-11-29	
	tu	a	walkietalkie	Walkie Talkie		Defined TXT keys: None			
	t	a	wd-2go	NAS Service Protocol		Defined TXT keys: None		2012-07-11	
	t	a	wdp	Windows Device Portal		Defined TXT keys: D (device type), S (https port), A (architecture),\n    T (tags)		2016-03-03	
	t	a	web-xi	HTTP-based protocol for DAQ devices		Defined TXT keys: name, version		2019-02-13	
	t	a	webex	Cisco WebEx serials products will release Bonjour based service		Defined TXT keys: None		2018-02-09	
	u	a	webex	Cisco WebEx serials products will release Bonjour based service		Defined TXT keys: None		2018-02-09	
	tu	a	we-jell	Proprietary collaborative messaging protocol		Defined TXT keys:   user=<user name>\n  stat=<OK, DND, AWY, FWD:uname>\n  agent=<agent type>			
	tu	a	webdav	World Wide Web Distributed Authoring and Versioning (WebDAV)		Defined TXT keys: u=<username> p=<password> path=<path>			
	tu	a	webdavs	WebDAV over SSL/TLS		Defined TXT keys: u=<username> p=<password> path=<path>			
	tu	a	webissync	WebIS Sync Protocol		Defined TXT keys: None			
	tu	a	wedraw	weDraw document sharing protocol		Defined TXT keys: None			
	tu	a	whamb	Whamb		Defined TXT keys: None			
	tu	a	whistler	Honeywell Video Systems		Defined TXT keys: None			
	u	a	wicop	WiFi Control Platform		Defined TXT keys: state=<state>\n      loc=<location>		2011-10-25	
	t	a	wifile	System for transferring files between mobile device and computer in a local network		Defined TXT keys: None		2016-12-23	
	tu	a	witap	WiTap Sample Game Protocol		Defined TXT keys: None			
	tu	a	witapvoice	witapvoice		Defined TXT keys: None			
	tu	a	wkgrpsvr	Workgroup Server Discovery		Defined TXT keys: None			
	tu	a	workstation	Workgroup Manager		Defined TXT keys: None			
	tu	a	wormhole	Roku Cascade Wormhole Protocol		Defined TXT keys: txtvers=1			
	tu	a	workgroup	Novell collaboration workgroup		Defined TXT keys: version=? description=?			
	t	a	wot	W3C WoT Thing Description or Directory		Defined TXT keys:\n              td: Absolute pathname of the Thing Description of the Thing or Thing Description of the Thing\n      Description Directory.\n              type: Type of the Thing Description, i.e. "Thing" or "Directory". If omitted, the type is assumed\n      to be Thing.\n              scheme: Scheme part of URL. One of the following values can be specified, with the standard\n      registered URI interpretations [RFC7595]: http (HTTP over TCP),https (HTTP over TLS/TCP),\n      coap+tcp (CoAP over TCP), or coaps+tcp (CoAP over TLS/TCP). If omitted, the scheme is\n      assumed to be http.		2022-11-22	2022-12-15
	u	a	wot	W3C WoT Thing Description or Directory		Defined TXT keys:\n              td: Absolute pathname of the Thing Description of the Thing or Thing Description of the Thing\n      Description Directory.\n              type: Type of the Thing Description, i.e. "Thing" or "Directory". If omitted, the type is assumed\n      to be Thing.\n              scheme: Scheme part of URL. One of the following values can be specified, with the standard\n      registered URI interpretations [RFC7595]: coap (CoAP over UDP), coaps CoAP over DTLS/UDP.\n      If omitted, the scheme is assumed to be coap.		2022-11-22	2022-12-15
	t	a	wpl-ers-http	World Programming repository server		Defined TXT keys: None		2017-03-17	
	t	a	wpl-ers-zmq	World Programming repository server		Defined TXT keys: None		2017-03-17	
	tu	a	writietalkie	Writie Talkie Data Sharing		Defined TXT keys: None			
	tu	a	ws	Web Services		Defined TXT keys: None			
	tu	a	wtc-heleos	Wyatt Technology Corporation HELEOS		Defined TXT keys: None			
	tu	a	wtc-qels	Wyatt Technology Corporation QELS		Defined TXT keys: None			
	tu	a	wtc-rex	Wyatt Technology Corporation Optilab rEX		Defined TXT keys: None			
	tu	a	wtc-viscostar	Wyatt Technology Corporation ViscoStar		Defined TXT keys: None			
	tu	a	wtc-wpr	Wyatt Technology Corporation DynaPro Plate Reader		Defined TXT keys: None			
	tu	a	wwdcpic	PictureSharing sample code		Defined TXT keys: None			
	t	a	x510	Security service to protocols		Defined TXT keys: None		2019-08-13	
	tu	a	x-on	x-on services synchronisation protocol		Defined TXT keys: Proprietary			
	u	a	x-plane9	x-plane9		Defined TXT keys: None			
	tu	a	xcodedistcc	Xcode Distributed Compiler		Defined TXT keys: None			
	t	a	xential	xential document creation services		Defined TXT keys: None		2013-11-13	
	tu	a	xgate-rmi	xGate Remote Management Interface		Defined TXT keys:   tech=value (string)\n  model=value (string)\n  version=value (string)			
	t	a	xmiserver	XMI Systems home terminal local connection		Defined TXT keys: coucou		2013-01-18	
	tu	a	xmp	Xperientia Mobile Protocol		Defined TXT keys:   txtvers, user, system, nodeid, desc		2007-01	
	tu	a	xsanclient	Xsan Client		Defined TXT keys: None			
	tu	a	xsanserver	Xsan Server		Defined TXT keys: None			
	tu	a	xsansystem	Xsan System		Defined TXT keys: None			
	tu	a	xtimelicence	xTime License		Defined TXT keys: None			
	tu	a	xtshapro	xTime Project		Defined TXT keys: None			
	tu	a	xul-http	XUL (XML User Interface Language) transported over HTTP		Defined TXT keys: u=<username> p=<password> path=<path to document> (Same as for _http._tcp)			
	u	a	yakumo	Yakumo iPhone OS Device Control Protocol		Defined TXT keys: None			
	t	a	z-wave	Z-Wave Service Discovery		Defined TXT keys: NIF, EP, LM		2011-10-03	
	u	a	z-wave	Z-Wave Service Discovery		Defined TXT keys: NIF, EP, LM		2011-10-03	
	t	a	zeromq	High performance brokerless messaging		Defined TXT keys: type, app, label, note		2012-04-24	
	u	a	zeromq	High performance brokerless messaging		Defined TXT keys: type, app, label, note		2012-04-24	
	t	a	zigbee-bridge	ZigBee Bridge device		Defined TXT keys: see: http://www.zigbee.org/Standards/ZigBeeNetworkDevices		2013-05-28	
	u	a	zigbee-bridge	ZigBee Bridge device		Defined TXT keys: see: http://www.zigbee.org/Standards/ZigBeeNetworkDevices		2013-05-28	
	t	a	zigbee-gateway	ZigBee IP Gateway		Defined TXT keys: see: http://www.zigbee.org/Standards/ZigBeeNetworkDevices		2013-05-28	
	u	a	zigbee-gateway	ZigBee IP Gateway		Defined TXT keys: see: http://www.zigbee.org/Standards/ZigBeeNetworkDevices		2013-05-28	
"""#
}
