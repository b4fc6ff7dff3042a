//! mistake: passes the awaited loader results, each still a `Result`, to a function taking `Vec<Config>`
//! offending: summarize(configs)
//! category: async
#[derive(Debug)]
struct Config {
    text: String,
}

async fn load(path: &str) -> Result<Config, std::io::Error> {
    Ok(Config { text: std::fs::read_to_string(path)? })
}

fn summarize(configs: Vec<Config>) -> usize {
    configs.iter().map(|c| c.text.len()).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["a.toml", "b.toml"];
    let mut configs = Vec::new();
    for p in &paths {
        configs.push(load(p).await);
    }
    let n = summarize(configs);
    println!("{n}");
}
