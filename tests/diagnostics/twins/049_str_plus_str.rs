//! mistake: Python's `first + " " + last` on two `&str` (hand-written)
fn main() {
    let people = vec![("Ada", "Lovelace"), ("Alan", "Turing")];
    let mut full = Vec::new();
    for (first, last) in people {
        full.push(first + " " + last);
    }
    println!("{full:?}");
}
