//! mistake: a Python-style colon after the `if` condition (hand-written)
//! offending: if a >= 18:
fn main() {
    let ages = vec![12, 40, 67];
    let mut adults = Vec::new();
    for a in ages {
        if a >= 18: {
            adults.push(a);
        }
    }
    println!("{adults:?}");
}
