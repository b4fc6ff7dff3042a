//! mistake: an `if let Point { x, y } = p` in a `filter_map` closure, a pattern that always matches (hand-written)
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let points = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    let manhattan: Vec<i32> = points
        .iter()
        .filter_map(|p| if let Point { x, y } = p { Some(x.abs() + y.abs()) } else { None })
        .collect();
    println!("{manhattan:?}");
}
