use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lines = stream::iter(vec!["GET /", "POST /login"]);
    let mut numbered: Vec<String> = Vec::new();
    let mut s = lines.enumerate();
    while let Some((i, l)) = futures::StreamExt::next(&mut s).await {
        numbered.push(format!("{}: {}", i + 1, l));
    }
    println!("{:?}", numbered);
}
