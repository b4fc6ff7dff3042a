//! mistake: Python's `math.sqrt(x)` module call (hand-written)
fn main() {
    let areas = vec![4.0, 9.0, 2.0];
    let mut sides = Vec::new();
    for a in areas {
        sides.push(math.sqrt(a));
    }
    println!("{sides:?}");
}
