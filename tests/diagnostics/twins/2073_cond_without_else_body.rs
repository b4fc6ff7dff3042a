//! mistake: wrote the filter as a conditional element without `else` (`body if status == 200 for ..`), meaning to keep only the 200s
//! offending: if r.status == 200
//! category: syntax
struct Response {
    status: u16,
    body: String,
}

fn main() {
    let responses = vec![
        Response { status: 200, body: "{\"id\": 1}".into() },
        Response { status: 404, body: "not found".into() },
    ];
    let bodies: Vec<&str> = responses.iter().map(|r| r.body.as_str() if r.status == 200).collect();
    println!("{bodies:?}");
}
