use comprehensions::comp;

async fn charge(cents: u64) -> u64 {
    cents
}

fn main() {
    let _ = comp![x * 2 for x in 0..3; concurrency = 2];
}

async fn checkout(amounts: Vec<u64>) {
    // `comp!` for `acomp!`: one error, on the option; the `.await` it
    // implies is not reported again.
    let _ = comp![charge(*cents).await for cents in &amounts; concurrency = 4];
    let _ = comp![charge(cents).await for cents in amounts; unordered];
}
