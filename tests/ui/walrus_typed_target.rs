// A typed walrus target: one error that says the target takes no type.
use comprehensions::comp;

fn main() {
    let fields = vec!["12", "x"];
    let _big = comp![n for s in &fields if (n: i32 := s.parse().unwrap_or(0)) > 10];
}
