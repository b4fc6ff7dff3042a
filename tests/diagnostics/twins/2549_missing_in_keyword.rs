//! mistake: left out `in` between the loop pattern and the iterable
//! offending: hits_per_ip
//! category: syntax
use std::collections::HashMap;

fn main() {
    let hits_per_ip: HashMap<&str, u32> = [("203.0.113.5", 412), ("10.0.0.8", 3)].into();
    let mut flood_sources = Vec::new();
    for (ip, n) hits_per_ip.iter() {
        if *n > 100 {
            flood_sources.push(*ip);
        }
    }
    println!("{flood_sources:?}");
}
