use comprehensions::acomp;

struct Client {
    base: String,
}

async fn get(client: &Client, path: &str) -> String {
    format!("{}/{path}", client.base)
}

async fn run() -> Vec<String> {
    let client = Client { base: "https://api".into() };
    let client = &client;
    acomp![get(client, p).await for p in ["users", "posts"]; concurrency = 2, spawn]
}

fn main() {
    let _ = run();
}
