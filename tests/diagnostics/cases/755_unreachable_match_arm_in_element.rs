//! mistake: special-cases status 201 after the `200..=299` arm that already catches it
//! offending: 201
//! category: lint
use comprehensions::comp;

struct Resp {
    status: u16,
}

fn main() {
    let rows = vec![Resp { status: 200 }, Resp { status: 201 }, Resp { status: 500 }];
    let labels = comp![match r.status { 200..=299 => "ok", 201 => "created", _ => "error" } for r in &rows];
    println!("{labels:?}");
}
