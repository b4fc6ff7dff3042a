//! mistake: parsed the ports as `u32` into a list annotated `Vec<u16>`
//! offending: p.trim().parse::<u32>().unwrap()
//! category: type
use std::net::{Ipv4Addr, SocketAddrV4};

fn main() {
    let listen = "80, 443, 8080, 9100";
    let mut ports: Vec<u16> = Vec::new();
    for p in listen.split(',') {
        ports.push(p.trim().parse::<u32>().unwrap());
    }
    let addrs: Vec<SocketAddrV4> = ports
        .iter()
        .map(|&port| SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port))
        .collect();
    println!("{addrs:?}");
}
