//! mistake: `s.parse().unwrap()` with nothing telling `parse` which type (hand-written)
fn main() {
    let fields = "3 14 15".split(' ');
    let mut numbers = Vec::new();
    for f in fields {
        numbers.push(f.parse().unwrap());
    }
    println!("{numbers:?}");
}
