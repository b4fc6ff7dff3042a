//! mistake: a walrus binds `s.parse::<i32>()` (a `Result`) and compares it with `0`, as Python's `int(s)` would be
//! offending: n > 0
//! category: type
fn main() {
    let tokens = "12 -3 40 7".split(' ');
    let mut positives = Vec::new();
    for s in tokens {
        let n = s.parse::<i32>();
        if n > 0 {
            positives.push(n);
        }
    }
    println!("{positives:?}");
}
