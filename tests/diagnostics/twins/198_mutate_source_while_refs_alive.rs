//! mistake: pushing to a Vec while holding `&mut` items collected from `iter_mut()` (hand-written)
fn main() {
    let mut scores = vec![95, 40, 99];
    let top: Vec<&mut i32> = scores.iter_mut().filter(|s| **s > 90).collect();
    scores.push(0);
    for s in top {
        *s += 1;
    }
    println!("{scores:?}");
}
