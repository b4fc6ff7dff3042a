//! mistake: indexed the result of `line.split(',')` as Python's list from `line.split(',')[0]`; a `Split` iterator cannot be indexed
//! offending: cols[0]
//! category: type
use comprehensions::comp;

fn main() {
    let csv = "ann,31,paris\nbob,27,rome";
    let names: Vec<&str> = comp![cols[0] for line in csv.lines() let cols = line.split(',')];
    println!("{names:?}");
}
