//! mistake: wrote `async for` over a plain `Vec` of teams, as if every loop in `acomp!` were async
//! offending: stream.next().await
//! category: async
use std::time::Duration;

async fn form_guide(team: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{team}: WWDLW")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let teams = vec!["Bologna".to_string(), "Atalanta".to_string()];
    let mut guides = Vec::new();
    let mut stream = teams.iter();
    while let Some(t) = stream.next().await {
        guides.push(form_guide(t).await);
    }
    println!("{guides:?}");
}
