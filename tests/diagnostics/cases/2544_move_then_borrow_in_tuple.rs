//! mistake: moved `e.src_ip` into the tuple and then borrowed it for the GeoIP lookup
//! offending: &e.src_ip
//! category: ownership
use comprehensions::comp;

struct BlockedConn {
    src_ip: String,
    dst_port: u16,
}

fn geo_lookup(ip: &str) -> &'static str {
    if ip.starts_with("185.") { "DE" } else { "??" }
}

fn main() {
    let blocked = vec![
        BlockedConn { src_ip: "185.220.101.4".into(), dst_port: 22 },
        BlockedConn { src_ip: "45.9.148.3".into(), dst_port: 23 },
    ];
    let report = comp![(e.src_ip, geo_lookup(&e.src_ip)) for e in blocked if e.dst_port < 1024];
    println!("{report:?}");
}
