//! mistake: `n.to_string().as_str()` pushed to get a `Vec<&str>` for a function taking `&[&str]` (hand-written)
fn render(cells: &[&str]) -> String {
    cells.join(" | ")
}

fn main() {
    let nums = vec![1, 22, 333];
    let mut cells = Vec::new();
    for n in &nums {
        cells.push(n.to_string().as_str());
    }
    println!("{}", render(&cells));
}
