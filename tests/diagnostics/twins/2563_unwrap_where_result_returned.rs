//! mistake: unwrapped each parse where the function returns a `Result`, so the comprehension is a bare `Vec`
//! offending: feed.lines().map(|cidr| cidr.parse::<Ipv4Addr>().unwrap()).collect::<Vec<_>>()
//! category: try
use std::net::{AddrParseError, Ipv4Addr};

fn load_blocklist(feed: &str) -> Result<Vec<Ipv4Addr>, AddrParseError> {
    feed.lines().map(|cidr| cidr.parse::<Ipv4Addr>().unwrap()).collect::<Vec<_>>()
}

fn main() {
    println!("{:?}", load_blocklist("185.220.101.4\n91.240.118.172"));
}
