//! mistake: used `?` on a port `ParseIntError` in a function whose error type is `AddrParseError`
//! offending: port.parse::<u16>()?
//! category: try
use comprehensions::comp;
use std::net::{AddrParseError, Ipv4Addr};

fn parse_endpoints(entries: &[(&str, &str)]) -> Result<Vec<(Ipv4Addr, u16)>, AddrParseError> {
    comp![(ip.parse::<Ipv4Addr>()?, port.parse::<u16>()?) for (ip, port) in entries]
}

fn main() {
    let iocs = [("185.220.101.4", "9001"), ("45.9.148.3", "4444")];
    println!("{:?}", parse_endpoints(&iocs));
}
