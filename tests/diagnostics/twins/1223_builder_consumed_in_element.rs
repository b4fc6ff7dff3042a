//! mistake: a consuming builder method (`fn header(self, ..) -> Self`) called on the same outer builder for every item, as Python's mutating builder would be
//! offending: base
//! category: ownership

#[derive(Clone, Debug)]
struct Request {
    url: String,
    headers: Vec<(String, String)>,
}

impl Request {
    fn new(url: &str) -> Self {
        Request { url: url.to_string(), headers: Vec::new() }
    }

    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
}

fn main() {
    let base = Request::new("https://api.example.com/items");
    let ids = vec![3, 5, 8];
    let mut requests = Vec::new();
    for id in &ids {
        requests.push(base.header("x-item", &id.to_string()));
    }
    println!("{:?}", requests.iter().map(|r| (&r.url, r.headers.len())).collect::<Vec<_>>());
}
