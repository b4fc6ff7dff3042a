//! mistake: awaited the LMS call inside `comp!` instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn course_title(course_id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("Course {course_id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let schedule = vec![210u32, 315, 402];
    let titles = comp![course_title(c).await for c in schedule];
    println!("{titles:?}");
}
