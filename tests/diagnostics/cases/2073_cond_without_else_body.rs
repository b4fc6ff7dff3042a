//! mistake: wrote the filter as a conditional element without `else` (`body if status == 200 for ..`), meaning to keep only the 200s
//! offending: if r.status == 200
//! category: syntax
use comprehensions::comp;

struct Response {
    status: u16,
    body: String,
}

fn main() {
    let responses = vec![
        Response { status: 200, body: "{\"id\": 1}".into() },
        Response { status: 404, body: "not found".into() },
    ];
    let bodies: Vec<&str> = comp![r.body.as_str() if r.status == 200 for r in &responses];
    println!("{bodies:?}");
}
