//! mistake: half-typed loop, an `if` with its condition not written yet (hand-written)
//! offending: if
fn main() {
    let temps = vec![21.5, 35.2, 18.0];
    let mut hot = Vec::new();
    for t in &temps {
        if {
            hot.push(t);
        }
    }
    println!("{hot:?}");
}
