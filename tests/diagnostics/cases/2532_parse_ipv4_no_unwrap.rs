//! mistake: collected `parse::<Ipv4Addr>()` results without unwrapping them into a `Vec<Ipv4Addr>`
//! offending: s.parse::<Ipv4Addr>()
//! category: type
use comprehensions::comp;
use std::net::Ipv4Addr;

fn main() {
    let blocklist_feed = "185.220.101.4\n45.9.148.3\n# comment\n91.240.118.172";
    let blocked: Vec<Ipv4Addr> = comp![s.parse::<Ipv4Addr>() for s in blocklist_feed.lines() if !s.starts_with('#')];
    println!("{blocked:?}");
}
