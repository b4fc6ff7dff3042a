//! mistake: redundant parentheses around a `let` value in a `filter_map` closure (hand-written)
fn main() {
    let dims = vec![(2, 3), (5, 4)];
    let big: Vec<i32> = dims
        .iter()
        .filter_map(|(w, h)| {
            let area = (w * h);
            if area > 10 { Some(area) } else { None }
        })
        .collect();
    println!("{big:?}");
}
