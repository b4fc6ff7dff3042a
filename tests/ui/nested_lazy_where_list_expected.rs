// A nested display in parentheses (a lazy form) where its position
// expects a list: the lazy form's own message, on the nested display,
// not rustc's mismatch with the runtime's opaque stream type.
use comprehensions::{acomp, comp};
use futures::stream;

async fn fetch(cell: u32) -> String {
    format!("c{cell}")
}

async fn run() {
    let rows = vec![vec![1u32, 2], vec![3, 4]];
    let _grid: Vec<Vec<String>> = acomp![(fetch(*c).await for c in row) async for row in stream::iter(&rows)];
}

fn main() {
    let rows = vec![vec![1u32, 2], vec![3, 4]];
    let _grid: Vec<Vec<u32>> = comp![(c * 2 for c in row) for row in &rows];
    let _ = run;
}
