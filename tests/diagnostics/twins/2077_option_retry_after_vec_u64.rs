//! mistake: collected the `Retry-After` seconds of rate-limited responses into a `Vec<u64>`, but the field is an `Option<u64>`
//! offending: r.retry_after
//! category: type
struct RateLimited {
    url: String,
    retry_after: Option<u64>,
}

fn main() {
    let limited = vec![
        RateLimited { url: "https://api.example.com/a".into(), retry_after: Some(30) },
        RateLimited { url: "https://api.example.com/b".into(), retry_after: None },
    ];
    let waits: Vec<u64> = limited.iter().map(|r| r.retry_after).collect();
    println!("waiting {:?}s before retrying {}", waits.iter().max(), limited[0].url);
}
