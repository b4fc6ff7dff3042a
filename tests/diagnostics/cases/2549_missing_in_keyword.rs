//! mistake: left out `in` between the loop pattern and the iterable
//! offending: hits_per_ip
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let hits_per_ip: HashMap<&str, u32> = [("203.0.113.5", 412), ("10.0.0.8", 3)].into();
    let flood_sources = comp![*ip for (ip, n) hits_per_ip.iter() if *n > 100];
    println!("{flood_sources:?}");
}
