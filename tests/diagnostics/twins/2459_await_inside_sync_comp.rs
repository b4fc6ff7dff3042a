//! mistake: awaited the LMS call inside a plain `map` closure instead of an async stream
//! offending: .await
//! category: async
use std::time::Duration;

async fn course_title(course_id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("Course {course_id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let schedule = vec![210u32, 315, 402];
    let titles: Vec<String> = schedule.into_iter().map(|c| course_title(c).await).collect();
    println!("{titles:?}");
}
