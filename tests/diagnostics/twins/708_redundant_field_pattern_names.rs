//! mistake: destructures each struct with `Point { x: x, y: y }`, repeating each field name
//! offending: x: x
//! category: lint

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let pts = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    let mut norms = Vec::new();
    for Point { x: x, y: y } in &pts {
        norms.push(x.abs() + y.abs());
    }
    println!("{norms:?}");
}
