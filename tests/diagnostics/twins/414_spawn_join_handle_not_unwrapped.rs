async fn crawl(u: String) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    let mut sizes: Vec<usize> = Vec::new();
    for u in &urls {
        sizes.push(tokio::spawn(crawl(u.clone())).await);
    }
    println!("{:?}", sizes);
}
