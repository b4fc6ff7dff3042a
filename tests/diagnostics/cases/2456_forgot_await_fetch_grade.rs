//! mistake: forgot `.await` on the learning-platform call, collecting futures instead of grades
//! offending: api.fetch_grade(*id)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Grade {
    student_id: u32,
    percent: f32,
}

struct LmsClient;

impl LmsClient {
    async fn fetch_grade(&self, student_id: u32) -> Grade {
        tokio::time::sleep(Duration::from_millis(2)).await;
        Grade { student_id, percent: 87.5 }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let api = LmsClient;
    let ids = vec![501u32, 502, 503];
    let grades: Vec<Grade> = acomp![api.fetch_grade(*id) for id in &ids];
    println!("{grades:?}");
}
