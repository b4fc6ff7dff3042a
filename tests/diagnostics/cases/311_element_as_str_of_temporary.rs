//! mistake: `n.to_string().as_str()` in the element to get a `Vec<&str>` for a function taking `&[&str]`
//! offending: n.to_string().as_str()
//! category: ownership
use comprehensions::comp;

fn render(cells: &[&str]) -> String {
    cells.join(" | ")
}

fn main() {
    let nums = vec![1, 22, 333];
    // Python: render([str(n) for n in nums])
    let cells = comp![n.to_string().as_str() for n in &nums];
    println!("{}", render(&cells));
}
