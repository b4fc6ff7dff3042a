//! mistake: Python's `False` as the initial value of a visited map for a graph search
//! offending: False
//! category: python-habit
use comprehensions::comp;

fn main() {
    let nodes = vec!["a", "b", "c"];
    let visited = comp!({n: False for n in &nodes});
    println!("{}", visited.len());
}
