//! mistake: unwrapped each parse where the function returns a `Result`, so the comprehension is a bare `Vec`
//! offending: comp![cidr.parse::<Ipv4Addr>().unwrap() for cidr in feed.lines()]
//! category: try
use comprehensions::comp;
use std::net::{AddrParseError, Ipv4Addr};

fn load_blocklist(feed: &str) -> Result<Vec<Ipv4Addr>, AddrParseError> {
    comp![cidr.parse::<Ipv4Addr>().unwrap() for cidr in feed.lines()]
}

fn main() {
    println!("{:?}", load_blocklist("185.220.101.4\n91.240.118.172"));
}
