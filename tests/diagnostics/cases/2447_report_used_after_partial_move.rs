//! mistake: iterated `report.comments` by value, then called a `&self` method on the partly moved report
//! offending: report.header()
//! category: ownership
use comprehensions::comp;

struct ReportCard {
    student: String,
    term: String,
    comments: Vec<String>,
}

impl ReportCard {
    fn header(&self) -> String {
        format!("{} - {}", self.student, self.term)
    }
}

fn main() {
    let report = ReportCard {
        student: "Uri".into(),
        term: "Fall".into(),
        comments: vec!["Participates well".into(), "Late homework".into()],
    };
    let bullets = comp![format!("  * {c}") for c in report.comments];
    println!("{}\n{}", report.header(), bullets.join("\n"));
}
