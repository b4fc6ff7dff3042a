//! mistake: a walrus bound inside a nested list display is used by the outer element, as PEP 572 would allow
//! offending: big)
//! category: python-habit
fn main() {
    let grid = vec![vec![3, 9, 4], vec![1, 2]];
    let mut rows = Vec::new();
    for row in &grid {
        let mut inner = Vec::new();
        for z in row {
            let big = z * 2;
            if big > 5 {
                inner.push(z);
            }
        }
        rows.push((inner, big));
    }
    println!("{rows:?}");
}
