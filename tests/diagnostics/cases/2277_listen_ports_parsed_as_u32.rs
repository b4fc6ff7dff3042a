//! mistake: parsed the ports as `u32` into a list annotated `Vec<u16>`
//! offending: p.trim().parse::<u32>().unwrap()
//! category: type
use comprehensions::comp;
use std::net::{Ipv4Addr, SocketAddrV4};

fn main() {
    let listen = "80, 443, 8080, 9100";
    let ports: Vec<u16> = comp![p.trim().parse::<u32>().unwrap() for p in listen.split(',')];
    let addrs: Vec<SocketAddrV4> = ports
        .iter()
        .map(|&port| SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port))
        .collect();
    println!("{addrs:?}");
}
