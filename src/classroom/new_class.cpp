#include "classroom/new_class.h"

#include "classroom/html_worksheet.h"
#include "classroom/questions.h"
#include "classroom/worksheet.h"

#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::vector<ClassFile> new_class_files(const ClassSettings& settings, const std::vector<Student>& roster,
                                       const std::string& roster_bytes) {
    std::ostringstream settings_text;
    write_class_settings(settings_text, settings);
    std::vector<ClassFile> teacher = {{"teacher/class.tsv", settings_text.str()}, {"teacher/roster.csv", roster_bytes}};
    std::vector<ClassFile> students;
    for (const Student& student : roster) {
        const NetFile net = make_quiz(settings.quiz_for(student.id));
        const std::vector<Record> steps = problem_records(net, settings.steps, settings.decimals);
        std::ostringstream problem, worksheet, key, blank;
        write_netfile(problem, net, "the problem of " + student.id + ": work it on worksheet.html, hand in answers.tsv");
        write_html_worksheet(worksheet, {student.id, student.name}, net, steps);
        write_answer_lines(key, steps, false);
        write_answer_lines(blank, steps, true);
        teacher.push_back({"teacher/problems/" + student.id + ".net", problem.str()});
        teacher.push_back({"teacher/keys/" + student.id + ".tsv", key.str()});
        const std::string folder = "students/" + student.id + "/";
        students.push_back({folder + "problem.net", problem.str()});
        students.push_back({folder + "worksheet.html", worksheet.str()});
        students.push_back({folder + "answers.tsv", blank.str()});
    }
    teacher.insert(teacher.end(), students.begin(), students.end());
    return teacher;
}
