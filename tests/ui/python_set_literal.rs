// Python's set literal in a filter: one error that says it is an array in
// Rust, the rest typed as meant (`.contains` on the array). Struct literals
// with shorthand fields, and match arms are not set literals.
use comprehensions::comp;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let roles = vec!["owner", "viewer"];
    let _: Vec<&str> = comp![r for r in roles.iter().copied() if {"admin", "owner"}.contains(&r)];
    let ps = comp![Point { x, y } for (x, y) in [(1, 2)]];
    let _ = comp![match p.x { 0 => 1, _ => 2 } for p in &ps if p.y > 0];
    let _ = comp![x for Point { x, .. } in ps];
}
