// Python's keyword arguments `Rec(id=.., name=..)` carried into a Rust
// struct literal: one error on the `=`, the literal typed as meant (no
// second error about `Rec` or the parsed value).
use comprehensions::comp;

#[derive(Debug)]
struct Rec {
    id: u32,
    name: String,
}

fn main() {
    let data = "1,ann\n2,bob";
    let recs = comp![Rec { id = cols[0].parse().unwrap(), name: cols[1].to_string() }
        for line in data.lines()
        let cols: Vec<&str> = line.split(',').collect()];
    println!("{recs:?}");
    // A block after a constant is not a struct literal.
    const MAX: u32 = 100;
    let doubled = comp![{ let mut i = n; while i < MAX { i = 2 * i } i } for n in 1..3];
    let _: Vec<u32> = doubled;
}
