//! mistake: used `?` on a port `ParseIntError` in a function whose error type is `AddrParseError`
//! offending: port.parse::<u16>()?
//! category: try
use std::net::{AddrParseError, Ipv4Addr};

fn parse_endpoints(entries: &[(&str, &str)]) -> Result<Vec<(Ipv4Addr, u16)>, AddrParseError> {
    let mut out = Vec::new();
    for (ip, port) in entries {
        out.push((ip.parse::<Ipv4Addr>()?, port.parse::<u16>()?));
    }
    Ok(out)
}

fn main() {
    let iocs = [("185.220.101.4", "9001"), ("45.9.148.3", "4444")];
    println!("{:?}", parse_endpoints(&iocs));
}
