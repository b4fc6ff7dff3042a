//! mistake: deduplicated client IPs with `seen.insert(..)` on a set not declared `mut`
//! offending: seen.insert(ip)
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let auth_log = "Failed password for root from 203.0.113.5\n\
                    Failed password for admin from 198.51.100.23\n\
                    Failed password for root from 203.0.113.5";
    let client_ips: Vec<&str> = auth_log.lines().filter_map(|l| l.rsplit(' ').next()).collect();
    let seen = HashSet::new();
    let to_ban = comp![ip for ip in client_ips.iter().copied() if seen.insert(ip)];
    println!("banning {to_ban:?}");
}
