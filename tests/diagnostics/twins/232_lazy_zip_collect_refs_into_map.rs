//! mistake: zipping two iterator chains into a `HashMap<String, u32>` where the second yields `&u32` (hand-written)
use std::collections::HashMap;

fn main() {
    let names = vec!["ann", "bob"];
    let ports: Vec<u32> = vec![8080, 9090];
    let services: HashMap<String, u32> =
        names.iter().map(|n| n.to_uppercase()).zip(ports.iter().map(|p| p)).collect();
    println!("{services:?}");
}
