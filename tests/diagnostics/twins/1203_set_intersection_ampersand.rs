//! mistake: `set_a & set_b` between two collected `HashSet`s by value
//! offending:  & 
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let a = "the cat sat";
    let b = "the dog sat down";
    let common = a.split(' ').collect::<HashSet<_>>() & b.split(' ').collect::<HashSet<_>>();
    println!("{common:?}");
}
