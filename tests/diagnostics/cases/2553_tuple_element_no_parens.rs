//! mistake: wrote a two-item element without the tuple's parentheses
//! offending: ip, attempts
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let failures: HashMap<&str, usize> = [("203.0.113.7", 57), ("10.0.0.4", 1)].into();
    let ban_list = comp![ip, attempts for (ip, attempts) in &failures if *attempts >= 10];
    println!("{ban_list:?}");
}
