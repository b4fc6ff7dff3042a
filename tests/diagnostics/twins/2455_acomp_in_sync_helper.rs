//! mistake: used an eager `acomp!` inside a plain (non-async) helper function
//! offending: .await
//! category: async
use std::time::Duration;

async fn lms_grade(student_id: u32) -> u8 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (student_id % 40 + 60) as u8
}

fn gradebook_column(student_ids: &[u32]) -> Vec<u8> {
    let mut column = Vec::new();
    for &id in student_ids {
        column.push(lms_grade(id).await);
    }
    column
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let column = gradebook_column(&[7001, 7002, 7003]);
    println!("{column:?}");
}
