//! mistake: `r != None` on the `&Option<f64>` items of `&readings` (hand-written)
fn main() {
    let readings: Vec<Option<f64>> = vec![Some(1.5), None, Some(2.0)];
    let mut present = Vec::new();
    for r in &readings {
        if r != None {
            present.push(r);
        }
    }
    println!("{present:?}");
}
