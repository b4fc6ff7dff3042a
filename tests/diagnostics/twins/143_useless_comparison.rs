//! mistake: `n >= 0` on an unsigned value (Python ints can be negative) (hand-written)
fn main() {
    let counts: Vec<u32> = vec![0, 3, 9];
    let mut valid = Vec::new();
    for n in counts {
        if n >= 0 {
            valid.push(n);
        }
    }
    println!("{valid:?}");
}
